package org.w3id.rikg.server.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Errors in one shape: {@code application/problem+json} (RFC 9457, Spring's {@link ProblemDetail}), saying
 * what was wrong in words a person understands. Used where a controller answers an error itself (an unknown
 * resource, a format no client asked for); Spring MVC's own errors take the same shape
 * ({@code spring.mvc.problemdetails.enabled}). Browsers asking for HTML get a page instead.
 *
 * <pre>{@code
 * Problems.send(request, response, Problems.of(HttpStatus.NOT_FOUND, "Unknown resource", "RIKG knows nothing about …"));
 * }</pre>
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** Where the problem types are explained; {@code #not-found} and so on. */
    public static final String TYPE_BASE = "https://w3id.org/rikg/problems#";

    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create(TYPE_BASE + status.name().toLowerCase().replace('_', '-')));
        return problem;
    }

    /** Writes the problem as {@code application/problem+json}, with its status and the request path as instance. */
    public static void send(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("type", problem.getType().toString())
                .add("title", problem.getTitle())
                .add("status", problem.getStatus());
        if (problem.getDetail() != null) {
            json.add("detail", problem.getDetail());
        }
        json.add("instance", request.getRequestURI());
        Map<String, Object> properties = problem.getProperties();
        if (properties != null) {
            properties.forEach((k, v) -> json.add(k, String.valueOf(v)));
        }
        byte[] body = json.build().toString().getBytes(StandardCharsets.UTF_8);
        response.setStatus(problem.getStatus());
        response.setContentType(MEDIA_TYPE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
