package org.w3id.rikg.server.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The absolute URLs of this server's services as the client reached it: scheme, host, port and context
 * path come from the request. Behind a proxy they are those of the proxy when Spring honours the
 * {@code X-Forwarded-*} / {@code Forwarded} headers ({@code server.forward-headers-strategy=framework}).
 *
 * <p>RIKG URIs (the dataset, its distributions, resources) are not built here: they are under the base
 * URI, whatever server answers.
 *
 * <pre>{@code
 * ServiceUrls urls = ServiceUrls.of(request);
 * urls.sparql(); // https://rikg.example.org/sparql
 * }</pre>
 */
public record ServiceUrls(String root) {

    public static final String SPARQL_PATH = "/sparql";
    /** Graph Store Protocol, read only. */
    public static final String DATA_PATH = "/data";
    public static final String VOID_PATH = "/.well-known/void";
    public static final String DUMPS_PATH = "/dumps/";

    public static ServiceUrls of(HttpServletRequest request) {
        String root = ServletUriComponentsBuilder.fromContextPath(request).replaceQuery(null).fragment(null)
                .build().toUriString();
        return new ServiceUrls(root.endsWith("/") ? root.substring(0, root.length() - 1) : root);
    }

    public String sparql() {
        return root + SPARQL_PATH;
    }

    public String voidDocument() {
        return root + VOID_PATH;
    }

    /** The URL of the dump file {@code fileName} (e.g. {@code rikg.nq.gz}). */
    public String dump(String fileName) {
        return root + DUMPS_PATH + fileName;
    }
}
