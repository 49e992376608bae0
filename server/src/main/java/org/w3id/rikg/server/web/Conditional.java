package org.w3id.rikg.server.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.ServletWebRequest;
import org.w3id.rikg.server.store.StoreVersion;

/**
 * HTTP caching from the store version, for every document the server answers: a weak {@code ETag} per
 * representation and {@code Last-Modified}, and conditional GET ({@code If-None-Match},
 * {@code If-Modified-Since}) answered with 304 (Spring's {@link ServletWebRequest#checkNotModified}).
 * Every validator derives from {@link StoreVersion}, so none outlives a write.
 *
 * <pre>{@code
 * if (Conditional.notModified(store.version(), "ttl", request, response)) {
 *     return; // 304 sent
 * }
 * }</pre>
 */
public final class Conditional {

    private Conditional() {
    }

    /**
     * Sets {@code ETag}, {@code Last-Modified} and {@code Cache-Control: no-cache} (revalidate each time) for
     * this version and variant; true when the client's copy is current and 304 has been set.
     */
    public static boolean notModified(StoreVersion version, String variant, HttpServletRequest request,
                                      HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && ifNoneMatch.strip().equals("*")
                && ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
            // RFC 9110 §13.1.2: "*" matches any current representation; Spring answers it only for writes.
            response.setHeader(HttpHeaders.ETAG, version.etag(variant));
            response.setDateHeader(HttpHeaders.LAST_MODIFIED, version.modified().toEpochMilli());
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return true;
        }
        return new ServletWebRequest(request, response)
                .checkNotModified(version.etag(variant), version.modified().toEpochMilli());
    }
}
