package org.w3id.rikg.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every query the ontology ships ({@code rikg/ontology/queries/*.rq}) parses and returns at least one row against
 * the built dataset (in memory, union default graph); every quality check ({@code rikg/ontology/quality/
 * *-violation.rq}) returns none.
 */
class OntologyQueriesTest {

    static Dataset dataset;

    @BeforeAll
    static void load() {
        dataset = ShippedDataset.all();
    }

    @TestFactory
    Stream<DynamicTest> everyOntologyQueryAnswersFromTheDataset() {
        List<String> files = ShippedDataset.listClasspath("rikg/ontology/queries", ".rq");
        Assumptions.assumeFalse(files.isEmpty(), "the ontology module ships no queries yet");
        return files.stream().map(f -> DynamicTest.dynamicTest(f, () -> {
            assertThat(rows(f)).as("rows of %s", f).isPositive();
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyQualityCheckFindsNothing() {
        List<String> files = ShippedDataset.listClasspath("rikg/ontology/quality", "-violation.rq");
        Assumptions.assumeFalse(files.isEmpty(), "the ontology module ships no quality checks yet");
        return files.stream().map(f -> DynamicTest.dynamicTest(f, () -> {
            assertThat(rows(f)).as("rows of %s", f).isZero();
        }));
    }

    static int rows(String classpath) {
        String text;
        try (InputStream in = OntologyQueriesTest.class.getClassLoader().getResourceAsStream(classpath)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Query query = QueryFactory.create(text);
        try (QueryExecution exec = QueryExecution.dataset(dataset).query(query).build()) {
            if (query.isAskType()) {
                return exec.execAsk() ? 1 : 0;
            }
            ResultSet rs = exec.execSelect();
            int n = 0;
            while (rs.hasNext()) {
                rs.next();
                n++;
            }
            return n;
        }
    }
}
