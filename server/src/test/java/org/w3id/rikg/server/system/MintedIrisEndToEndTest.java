package org.w3id.rikg.server.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.w3id.rikg.server.support.RunningServer.encode;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3id.rikg.server.support.RunningServer;
import org.w3id.rikg.server.support.ServerExtension;

/**
 * Every IRI the bundled dataset mints under its URI space ({@code https://w3id.org/rikg/}) dereferences on
 * this server: as a subject, an object or a graph name, it answers 303 to a document (the ontology's
 * namespace and version IRI to the ontology), and the document answers 200. Checked for all of them.
 */
class MintedIrisEndToEndTest {

    private static final String BASE = "https://w3id.org/rikg/";
    private static final String MINTED = "SELECT DISTINCT ?iri WHERE { { GRAPH ?iri { } } UNION { GRAPH ?g { ?iri ?p ?o } } "
            + "UNION { GRAPH ?g { ?s ?p ?iri } } UNION { GRAPH ?g { ?s ?p ?lit } FILTER(?p = <http://purl.org/vocab/vann/preferredNamespaceUri>) BIND(IRI(STR(?lit)) AS ?iri) } "
            + "FILTER(isIRI(?iri) && STRSTARTS(STR(?iri), \"" + BASE + "\")) } ORDER BY ?iri";

    @RegisterExtension
    static final ServerExtension server = ServerExtension.start(tmp -> RunningServer.start(tmp.resolve("store"), Map.of()));

    @Test
    void everyMintedIriDereferences() {
        List<String> iris = new ArrayList<>(List.of(server.get("/sparql?query=" + encode(MINTED), "text/csv").body()
                .split("\r?\n")));
        iris.remove(0);
        assertThat(iris).hasSizeGreaterThan(400)
                .contains(BASE + "ontology/", BASE + "ontology/1.0.0", BASE + "graph/load",
                        BASE + "id/file/ontology/rikg.ttl", BASE + "id/file/curated/laws.tsv");

        List<String> failures = new ArrayList<>();
        for (String iri : iris) {
            String path = "/" + iri.substring(BASE.length());
            HttpResponse<String> seeOther = server.get(path, "text/turtle");
            if (seeOther.statusCode() != 303) {
                failures.add(iri + " answers " + seeOther.statusCode());
                continue;
            }
            java.net.URI location = seeOther.uri().resolve(seeOther.headers().firstValue("Location").orElse(""));
            HttpResponse<String> document = server.get(location.getRawPath(), "text/turtle");
            if (document.statusCode() == 303) {
                location = document.uri().resolve(document.headers().firstValue("Location").orElse(""));
                document = server.get(location.getRawPath(), "text/turtle");
            }
            if (document.statusCode() != 200) {
                failures.add(iri + " -> " + location + " answers " + document.statusCode());
            }
        }
        assertThat(failures).isEmpty();
    }
}
