package org.w3id.rikg.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code quality/*-violation.rq} parses, returns no rows on the ontology and schemes, and returns a row
 * naming the expected resource on its failing fixture {@code src/test/resources/quality/<name>.ttl}, whose
 * first line is {@code # expect: <IRI>}.
 */
class QualityChecksTest {

    static List<Path> checks() {
        return ModuleFiles.files(ModuleFiles.QUALITY, "-violation.rq");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("checks")
    void returnsNoRowsOnTheVocabulary(Path check) {
        assertThat(run(check, ModuleFiles.ontologyAndSchemes())).as(ModuleFiles.name(check)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("checks")
    void returnsTheOffenderOnItsFailingFixture(Path check) {
        String name = check.getFileName().toString().replace("-violation.rq", "");
        Path fixture = ModuleFiles.testResource("quality/" + name + ".ttl");
        String firstLine = ModuleFiles.read(fixture).lines().findFirst().orElse("");
        assertThat(firstLine).startsWith("# expect: ");
        String expected = firstLine.substring("# expect: ".length()).trim();

        Model data = ModuleFiles.ontologyAndSchemes();
        data.add(ModuleFiles.load(fixture));
        assertThat(run(check, data)).as(ModuleFiles.name(check)).anyMatch(row -> row.contains(expected));
    }

    /** Each row as the text of its bindings. */
    private static List<String> run(Path check, Model data) {
        Query query = QueryFactory.create(ModuleFiles.read(check));
        assertThat(query.isSelectType()).isTrue();
        List<String> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.create(query, data)) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                StringBuilder row = new StringBuilder();
                s.varNames().forEachRemaining(v -> row.append(v).append('=').append(s.get(v)).append(' '));
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
