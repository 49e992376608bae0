package org.w3id.rikg.server.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

/**
 * An error answered before a request reaches its handler, as a short {@code text/plain} message, the way
 * the SPARQL endpoint (Fuseki) answers its own errors, so that a SPARQL client shows it to its user.
 */
public final class PlainTextError {

    private PlainTextError() {
    }

    public static void send(HttpServletResponse response, int status, String message) throws IOException {
        byte[] body = (message.endsWith("\n") ? message : message + "\n").getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/plain;charset=utf-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
