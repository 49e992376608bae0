package org.w3id.rikg.server.sparql;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.w3id.rikg.server.support.RunningServer;
import org.w3id.rikg.server.support.RunningServer.FixtureBundle;

/**
 * A small store for hostile requests: two people, one district, and 1,200 numbered resources, so that a
 * two-way cross product has 1.4 million rows (far beyond the test limit of 1,000) and a three-way one runs
 * until any timeout.
 */
final class HostileFixture {

    static final String PEOPLE = "https://example.org/graph/people";
    static final String NUMBERS = "https://example.org/graph/numbers";
    static final int NUMBER_COUNT = 1200;

    private HostileFixture() {
    }

    static RunningServer start(Path tmp, Map<String, Object> more) throws IOException {
        StringBuilder numbers = new StringBuilder();
        for (int i = 0; i < NUMBER_COUNT; i++) {
            numbers.append("<urn:n:").append(i).append("> <urn:p:value> ").append(i).append(" .\n");
        }
        FixtureBundle bundle = new FixtureBundle(tmp.resolve("bundle"))
                .graph(PEOPLE, "people.ttl", """
                        @prefix foaf: <http://xmlns.com/foaf/0.1/> .
                        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                        <urn:x:antje> foaf:name "Antje" .
                        <urn:x:klaus> foaf:name "Klaus" .
                        <https://w3id.org/rikg/id/district/12061> rdfs:label "Dahme-Spreewald"@de .
                        """)
                .graph(NUMBERS, "numbers.ttl", numbers.toString());
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("rikg.store.manifests", bundle.pattern());
        properties.put("rikg.sparql.timeout", "3s");
        properties.put("rikg.sparql.max-result-rows", 1000);
        properties.putAll(more);
        return RunningServer.start(tmp.resolve("store"), properties);
    }
}
