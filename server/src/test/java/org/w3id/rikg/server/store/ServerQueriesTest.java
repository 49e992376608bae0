package org.w3id.rikg.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each server query on one tiny fixture that shows its edge: a triple two sources state counts once, the
 * excluded graph and IRIs outside the URI space do not count, the load log is not a source on the home
 * page, a version IRI is recognized, the sitemap keeps to the identifier space.
 */
class ServerQueriesTest {

    private static final String LOAD = "https://w3id.org/rikg/graph/load";
    private static final String FIXTURE = """
            PREFIX rikg: <https://w3id.org/rikg/ontology/>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            GRAPH <https://w3id.org/rikg/graph/a> {
              <https://w3id.org/rikg/id/district/1> a rikg:District ; skos:prefLabel "Eins" .
              <https://w3id.org/rikg/id/district/2> a rikg:District .
              <http://example.org/outside> a rikg:District .
            }
            GRAPH <https://w3id.org/rikg/graph/b> {
              <https://w3id.org/rikg/id/district/1> a rikg:District .
              <https://w3id.org/rikg/ontology> a owl:Ontology ; owl:versionIRI <https://w3id.org/rikg/ontology/1.0.0> .
            }
            GRAPH <https://w3id.org/rikg/graph/meta> {
              <https://w3id.org/rikg/graph/a> dcterms:title "Quelle A"@de, "Source A"@en .
            }
            GRAPH <https://w3id.org/rikg/graph/load> {
              <https://w3id.org/rikg/graph/load> dcterms:title "Ladeprotokoll"@de .
              <https://w3id.org/rikg/graph/a> <http://spdx.org/rdf/terms#checksumValue> "abc" ;
                  <http://www.w3.org/ns/prov#generatedAtTime> "2026-12-01T10:00:00Z"^^<http://www.w3.org/2001/XMLSchema#dateTime> .
            }
            """;

    private static DatasetGraph dataset;

    @BeforeAll
    static void fixture() {
        dataset = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(FIXTURE, Lang.TRIG).parse(dataset);
        // The default graph is the materialized union, as in the store.
        dataset.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> dataset.getDefaultGraph().add(q.asTriple()));
    }

    private static List<Map<String, String>> rows(StoredQuery query) {
        try (RDFLink link = RDFLink.connect(dataset)) {
            return query.select(link, rows -> {
                List<Map<String, String>> out = new ArrayList<>();
                rows.forEachRemaining((Binding b) -> {
                    Map<String, String> row = new LinkedHashMap<>();
                    b.vars().forEachRemaining(v -> row.put(v.getVarName(), b.get(v).isLiteral()
                            ? b.get(v).getLiteralLexicalForm() : b.get(v).toString()));
                    out.add(row);
                });
                return out;
            });
        }
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    @Test
    void aTripleStatedByTwoSourcesCountsOnceAndTheExcludedGraphNotAtAll() {
        List<Map<String, String>> rows = rows(StoredQuery.load("dataset/triples.rq").bind("excluded", iri(LOAD)));
        // a: 4, b: 3 (one repeats a), meta: 2
        assertThat(rows).containsExactly(Map.of("triples", "8"));
    }

    @Test
    void entitiesAreTheSubjectsInTheUriSpace() {
        List<Map<String, String>> rows = rows(StoredQuery.load("dataset/entities.rq").bind("excluded", iri(LOAD))
                .bind("uriSpace", NodeFactory.createLiteralString("https://w3id.org/rikg/")));
        // district/1, district/2, ontology, graph/a (in meta); not example.org, not the load log's subjects
        assertThat(rows).containsExactly(Map.of("entities", "4"));
    }

    @Test
    void graphSizesListNamedGraphsOnlyNotTheUnion() {
        List<Map<String, String>> rows = rows(StoredQuery.load("dataset/graph-sizes.rq"));
        assertThat(rows).extracting(r -> r.get("graph")).containsExactly("https://w3id.org/rikg/graph/a",
                "https://w3id.org/rikg/graph/b", LOAD, "https://w3id.org/rikg/graph/meta");
        assertThat(rows.get(0).get("triples")).isEqualTo("4");
    }

    @Test
    void classPartitionsCountDistinctResourcesAcrossSources() {
        List<Map<String, String>> rows = rows(StoredQuery.load("dataset/class-partitions.rq").bind("excluded", iri(LOAD)));
        assertThat(rows).contains(Map.of("class", "https://w3id.org/rikg/ontology/District", "entities", "3"));
    }

    @Test
    void vocabulariesComeFromPropertiesAndClasses() {
        List<Map<String, String>> rows = rows(StoredQuery.load("dataset/vocabularies.rq").bind("excluded", iri(LOAD)));
        assertThat(rows).extracting(r -> r.get("vocabulary")).contains("https://w3id.org/rikg/ontology/",
                "http://www.w3.org/2004/02/skos/core#", "http://www.w3.org/2002/07/owl#")
                .doesNotContain("http://spdx.org/rdf/terms#");
    }

    @Test
    void theHomePageDoesNotCountTheLoadLogAsASource() {
        List<Map<String, String>> rows = rows(StoredQuery.load("page/home-counts.rq"));
        assertThat(rows.get(0)).containsEntry("districts", "3").containsEntry("graphs", "3");
    }

    @Test
    void sourceTitlesInEveryLanguage() {
        assertThat(rows(StoredQuery.load("linkeddata/source-titles.rq"))).extracting(r -> r.get("title"))
                .containsExactlyInAnyOrder("Quelle A", "Source A");
    }

    @Test
    void theVersionIriIsRecognizedAndNothingElse() {
        StoredQuery q = StoredQuery.load("linkeddata/is-version-iri.rq");
        try (RDFLink link = RDFLink.connect(dataset)) {
            assertThat(q.bind("iri", iri("https://w3id.org/rikg/ontology/1.0.0")).ask(link)).isTrue();
            assertThat(q.bind("iri", iri("https://w3id.org/rikg/ontology/2.0.0")).ask(link)).isFalse();
            assertThat(StoredQuery.load("store/load-log-described.rq").ask(link)).isTrue();
        }
    }

    @Test
    void loadRecordsGiveChecksumAndTime() {
        assertThat(rows(StoredQuery.load("store/load-records.rq").bind("load", iri(LOAD))))
                .containsExactly(Map.of("graph", "https://w3id.org/rikg/graph/a", "checksum", "abc",
                        "loadedAt", "2026-12-01T10:00:00Z"));
    }

    @Test
    void theSitemapKeepsToTheIdentifierSpace() {
        assertThat(rows(StoredQuery.load("page/sitemap-resources.rq")
                .bind("prefix", NodeFactory.createLiteralString("https://w3id.org/rikg/id/"))))
                .extracting(r -> r.get("resource"))
                .containsExactly("https://w3id.org/rikg/id/district/1", "https://w3id.org/rikg/id/district/2");
    }
}
