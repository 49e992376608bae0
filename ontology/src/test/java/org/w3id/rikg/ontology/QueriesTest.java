package org.w3id.rikg.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The example queries: each parses, carries its summary in English and German, and runs over the
 * miniature dataset laid out like the real one. (Running them against the real graph is the data module's test.)
 */
class QueriesTest {

    static List<Path> queries() {
        return ModuleFiles.files(ModuleFiles.QUERIES, ".rq");
    }

    @Test
    void thereAreTenNumberedQueries() {
        assertThat(queries()).hasSize(10);
        assertThat(queries()).allSatisfy(q -> assertThat(q.getFileName().toString()).matches("[0-9]{2}-[a-z0-9-]+\\.rq"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void parsesAndHasBilingualSummary(Path file) {
        String text = ModuleFiles.read(file);
        Query query = QueryFactory.create(text);
        assertThat(query.isSelectType()).isTrue();
        assertThat(text).containsPattern("(?m)^#\\+ summary: \\S").containsPattern("(?m)^#\\+ summary_de: \\S");
    }

    /**
     * Runs over a miniature dataset laid out like the real one (a graph per source, the meta graph, the
     * vocabulary; the default graph is the union of all named graphs) and returns rows.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void returnsRowsOverAMiniatureDataset(Path file) {
        Dataset dataset = RDFDataMgr.loadDataset(ModuleFiles.testResource("queries/dataset.trig").toString());
        dataset.addNamedModel("https://w3id.org/rikg/graph/ontology", ModuleFiles.load(ModuleFiles.ONTOLOGY));
        dataset.addNamedModel("https://w3id.org/rikg/graph/schemes", ModuleFiles.load(ModuleFiles.SCHEMES));
        Model union = ModelFactory.createDefaultModel();
        dataset.listNames().forEachRemaining(g -> union.add(dataset.getNamedModel(g)));
        dataset.setDefaultModel(union);
        Query query = QueryFactory.create(ModuleFiles.read(file));
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
            assertThat(ResultSetFormatter.consume(qe.execSelect())).as(ModuleFiles.name(file)).isPositive();
        }
    }
}
