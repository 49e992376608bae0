package org.w3id.rikg.server.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How RIKG's URIs map to this server.
 *
 * @param baseUri the public base of every RIKG URI (published as {@code void:uriSpace}); a resource
 *                {@code {baseUri}REST} is served at {@code /REST} on this server, and a proxy in front
 *                (w3id.org) maps the public base to it. Override with {@code RIKG_LINKEDDATA_BASEURI}.
 */
@ConfigurationProperties(prefix = "rikg.linked-data")
public record LinkedDataProperties(String baseUri) {

    public static final String DEFAULT_BASE_URI = "https://w3id.org/rikg/";

    public LinkedDataProperties {
        if (baseUri == null || baseUri.isBlank()) {
            baseUri = DEFAULT_BASE_URI;
        }
        if (!baseUri.endsWith("/")) {
            baseUri = baseUri + "/";
        }
    }

    /** The RIKG URI served at this server path (which starts with a slash). */
    public String iriForPath(String path) {
        return baseUri + path.substring(1);
    }

    /** The server path of a RIKG URI, or null when the URI is not under the base. */
    public String pathForIri(String iri) {
        return iri.startsWith(baseUri) ? "/" + iri.substring(baseUri.length()) : null;
    }
}
