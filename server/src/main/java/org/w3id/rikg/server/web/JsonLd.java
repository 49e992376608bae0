package org.w3id.rikg.server.web;

import java.io.OutputStream;
import java.util.Map;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.document.RdfDocument;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.JenaTitanium;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * JSON-LD 1.1 compacted with RIKG's context, the one also published at {@code /context.jsonld}.
 *
 * <p>The context is embedded in every document, not referenced: a reference to
 * {@code https://w3id.org/rikg/context.jsonld} would make every client (RDF4J, rdflib, jsonld.js, pyld)
 * fetch it from the public base, which may not resolve (and never does offline); embedded, a document
 * parses with no network at all and expands the same everywhere. The context is a few dozen prefixes.
 */
public final class JsonLd {

    /** The path of the published context, relative to the base URI. */
    public static final String CONTEXT_PATH = "context.jsonld";

    private JsonLd() {
    }

    /** The published context: RIKG's prefixes as JSON-LD term definitions. */
    public static JsonObject context(String baseUri) {
        JsonObjectBuilder terms = Json.createObjectBuilder();
        for (Map.Entry<String, String> e : Namespaces.prefixMap(baseUri).getMapping().entrySet()) {
            terms.add(e.getKey(), e.getValue());
        }
        return Json.createObjectBuilder().add("@context", terms).build();
    }

    /** Writes the graph as compact JSON-LD with the context embedded. */
    public static void write(Graph graph, String baseUri, OutputStream out) {
        DatasetGraph dataset = DatasetGraphFactory.wrap(graph);
        try {
            JsonArray expanded = com.apicatalog.jsonld.JsonLd
                    .fromRdf(RdfDocument.of(JenaTitanium.convert(dataset)))
                    .get();
            JsonObject compacted = com.apicatalog.jsonld.JsonLd
                    .compact(JsonDocument.of(expanded), JsonDocument.of(context(baseUri)))
                    .get();
            JsonObjectBuilder document = Json.createObjectBuilder().add("@context", context(baseUri).get("@context"));
            compacted.forEach((key, value) -> {
                if (!key.equals("@context")) {
                    document.add(key, value);
                }
            });
            try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                    .createWriter(out)) {
                writer.writeObject(document.build());
            }
        } catch (JsonLdError e) {
            throw new IllegalStateException("Cannot write JSON-LD: " + e.getMessage(), e);
        }
    }
}
