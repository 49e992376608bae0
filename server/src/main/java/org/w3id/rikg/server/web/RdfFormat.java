package org.w3id.rikg.server.web;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.apache.jena.riot.Lang;

/**
 * The representations a resource is served in: its media type, the file extension of its
 * format-specific document, and the Jena language that writes it. {@link #HTML} is rendered by the page
 * templates, the others by Jena.
 */
public enum RdfFormat {
    TURTLE("text/turtle", "ttl", Lang.TURTLE),
    JSONLD("application/ld+json", "jsonld", Lang.JSONLD),
    RDFXML("application/rdf+xml", "rdf", Lang.RDFXML),
    NTRIPLES("application/n-triples", "nt", Lang.NTRIPLES),
    TRIG("application/trig", "trig", Lang.TRIG),
    NQUADS("application/n-quads", "nq", Lang.NQUADS),
    HTML("text/html", "html", null);

    /** Offered on resource URIs, in the server's order of preference when the client has none. */
    public static final List<RdfFormat> ALL = List.of(TURTLE, HTML, JSONLD, RDFXML, NTRIPLES, TRIG, NQUADS);

    private final String mediaType;
    private final String extension;
    private final Lang lang;

    RdfFormat(String mediaType, String extension, Lang lang) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.lang = lang;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The Content-Type header value, with charset for the text formats. */
    public String contentType() {
        return this == NTRIPLES || this == NQUADS || this == RDFXML ? mediaType : mediaType + ";charset=utf-8";
    }

    public String extension() {
        return extension;
    }

    public Lang lang() {
        return lang;
    }

    /** Whether the format carries named graphs (and so the source of each statement). */
    public boolean isQuads() {
        return this == TRIG || this == NQUADS;
    }

    /** Media types a client may send that we answer with this format, beside its own. */
    List<String> aliases() {
        return switch (this) {
            case JSONLD -> List.of("application/json");
            case RDFXML -> List.of("application/xml", "text/xml");
            case HTML -> List.of("application/xhtml+xml");
            case NTRIPLES -> List.of("text/plain");
            default -> List.of();
        };
    }

    public static Optional<RdfFormat> byExtension(String extension) {
        return Arrays.stream(values()).filter(f -> f.extension.equals(extension)).findFirst();
    }
}
