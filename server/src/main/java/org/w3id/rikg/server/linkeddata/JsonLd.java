package org.w3id.rikg.server.linkeddata;

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
 * JSON-LD 1.1 written against RIKG's published context ({@code /context.jsonld}): the graph is turned into
 * expanded JSON-LD, compacted with the context, and the inline context is replaced by a reference to the
 * published one, so documents stay short and expand the same everywhere.
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

    /** Writes the graph as compact JSON-LD whose {@code @context} is the published context's URL. */
    public static void write(Graph graph, String baseUri, OutputStream out) {
        DatasetGraph dataset = DatasetGraphFactory.wrap(graph);
        try {
            JsonArray expanded = com.apicatalog.jsonld.JsonLd
                    .fromRdf(RdfDocument.of(JenaTitanium.convert(dataset)))
                    .get();
            JsonObject compacted = com.apicatalog.jsonld.JsonLd
                    .compact(JsonDocument.of(expanded), JsonDocument.of(context(baseUri)))
                    .get();
            JsonObjectBuilder document = Json.createObjectBuilder().add("@context", baseUri + CONTEXT_PATH);
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
