package org.w3id.rikg.server.web;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The HTTP hardening every response gets, before anything else runs.
 *
 * <ul>
 *   <li>{@code TRACE} and {@code TRACK} are refused (405): they echo the request's headers back;</li>
 *   <li>{@code X-Content-Type-Options: nosniff}, so a browser never runs an RDF document as a script;</li>
 *   <li>{@code Referrer-Policy: strict-origin-when-cross-origin};</li>
 *   <li>a Content Security Policy that allows only this origin's scripts, styles and images and no
 *       framing ({@code frame-ancestors 'none'}, and {@code X-Frame-Options: DENY} for older browsers).</li>
 * </ul>
 */
@Component
public class SecurityHeadersFilter extends OncePerRequestFilter implements Ordered {

    /** First of all filters, so that even an early error carries the headers. */
    public static final int ORDER = FilterOrder.SECURITY_HEADERS;

    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private static final Set<String> ECHOING_METHODS = Set.of("TRACE", "TRACK");

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Frame-Options", "DENY");
        if (ECHOING_METHODS.contains(request.getMethod())) {
            response.setHeader("Allow", "GET, HEAD, POST, OPTIONS");
            PlainTextError.send(response, 405, request.getMethod() + " is not supported by this server.");
            return;
        }
        chain.doFilter(request, response);
    }
}
