package org.w3id.rikg.server.dataset;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.w3id.rikg.server.support.RunningServer;
import org.w3id.rikg.server.support.RunningServer.FixtureBundle;

/**
 * Four small graphs whose statistics are counted by hand below, so that tests can check that the
 * dataset description tells the truth: an ontology, two sources that share two triples (so distinct
 * triples differ from the sum over graphs), a blank node, and a metadata graph describing the sources.
 */
public final class DatasetFixture {

    public static final String BASE = "https://w3id.org/rikg/";
    public static final String ONTOLOGY = BASE + "graph/ontology";
    public static final String DESTATIS = BASE + "graph/destatis-gv-isys-2018";
    public static final String PRESS = BASE + "graph/lds-2024-0189";
    public static final String META = BASE + "graph/meta";

    /** Triples per graph, as in the Turtle below. */
    public static final Map<String, Long> TRIPLES_PER_GRAPH = Map.of(ONTOLOGY, 5L, DESTATIS, 11L, PRESS, 5L, META, 9L);
    /** 5 + 11 + 5 + 9, less the two triples the press release repeats from Destatis. */
    public static final long DISTINCT_TRIPLES = 28;
    /**
     * Subjects under the base URI: the ontology, rikg:District, rikg:Land, two districts, the Land, the
     * practice, and the two source graphs described in the metadata graph.
     */
    public static final long ENTITIES = 9;

    public static final Map<String, Long> ENTITIES_PER_CLASS = Map.of(
            "http://www.w3.org/2002/07/owl#Ontology", 1L,
            "http://www.w3.org/2002/07/owl#Class", 2L,
            BASE + "ontology/District", 2L,
            BASE + "ontology/Land", 1L,
            BASE + "ontology/AreaStatistics", 1L,
            BASE + "ontology/Practice", 1L,
            "http://www.w3.org/ns/prov#Entity", 2L);

    static final String ONTOLOGY_TTL = """
            @prefix rikg: <https://w3id.org/rikg/ontology/> .
            @prefix owl:  <http://www.w3.org/2002/07/owl#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            <https://w3id.org/rikg/ontology> a owl:Ontology .
            rikg:District a owl:Class ; rdfs:label "Kreis"@de, "District"@en .
            rikg:Land a owl:Class .
            """;

    static final String DESTATIS_TTL = """
            @prefix rikg: <https://w3id.org/rikg/ontology/> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix id:   <https://w3id.org/rikg/id/> .
            id:district\\/12061 a rikg:District ;
                rdfs:label "Landkreis Dahme-Spreewald"@de ;
                rikg:ags "12061" ;
                rikg:inLand id:land\\/12 ;
                rikg:hasStatistics [ a rikg:AreaStatistics ; rikg:population 169067 ] .
            id:district\\/12062 a rikg:District ; rikg:inLand id:land\\/12 .
            id:land\\/12 a rikg:Land ; rdfs:label "Brandenburg"@de .
            """;

    static final String PRESS_TTL = """
            @prefix rikg: <https://w3id.org/rikg/ontology/> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            <https://w3id.org/rikg/id/district/12061> a rikg:District ;
                rdfs:label "Landkreis Dahme-Spreewald"@de .
            <https://w3id.org/rikg/id/practice/lds-welcome-center> a rikg:Practice ;
                rikg:district <https://w3id.org/rikg/id/district/12061> ;
                rdfs:label "WelcomeCenter Dahme-Spreewald"@de .
            """;

    static final String META_TTL = """
            @prefix dcterms: <http://purl.org/dc/terms/> .
            @prefix prov:    <http://www.w3.org/ns/prov#> .
            <https://w3id.org/rikg/graph/destatis-gv-isys-2018> a prov:Entity ;
                dcterms:title "Kreise nach Destatis GV-ISys (2018-12-31)"@de, "Districts from Destatis GV-ISys (2018-12-31)"@en ;
                dcterms:license <https://www.govdata.de/dl-de/by-2-0> ;
                dcterms:source <https://w3id.org/rikg/id/source/destatis-gv-isys-2018> .
            <https://w3id.org/rikg/graph/lds-2024-0189> a prov:Entity ;
                dcterms:title "Pressemitteilung 2024/0189 des Landkreises Dahme-Spreewald"@de ;
                dcterms:license <https://creativecommons.org/licenses/by/4.0/> ;
                dcterms:source <https://w3id.org/rikg/id/source/lds-2024-0189> .
            """;

    private DatasetFixture() {
    }

    public static FixtureBundle bundle(Path root) throws IOException {
        return new FixtureBundle(root)
                .graph(ONTOLOGY, "ontology.ttl", ONTOLOGY_TTL)
                .graph(DESTATIS, "destatis.ttl", DESTATIS_TTL)
                .graph(PRESS, "press.ttl", PRESS_TTL)
                .graph(META, "meta.ttl", META_TTL);
    }

    /** Starts the real application on the fixture, with {@code X-Forwarded-*} honoured. */
    public static RunningServer start(Path tmp, Map<String, Object> more) throws IOException {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("rikg.store.manifests", bundle(tmp.resolve("bundle")).pattern());
        properties.put("server.forward-headers-strategy", "framework");
        properties.putAll(more);
        return RunningServer.start(tmp.resolve("store"), properties);
    }
}
