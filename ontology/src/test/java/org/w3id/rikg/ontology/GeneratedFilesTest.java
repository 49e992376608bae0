package org.w3id.rikg.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3id.rikg.ontology.doc.ReadmeGenerator;
import org.w3id.rikg.ontology.doc.Regenerate;
import org.w3id.rikg.ontology.doc.VocabularyGenerator;

/**
 * The generated files are what their generators make of the current sources: the README's diagram,
 * scheme table and embedded queries, and RIKG.java. Fix a failure with {@code mvn -pl ontology compile exec:java}.
 */
class GeneratedFilesTest {

    private static final String HOW = "out of date: run mvn -pl ontology compile exec:java";

    @Test
    void readmeBlocksMatchTheirSources() {
        Path readme = ModuleFiles.MODULE.resolve("README.md");
        String current = ModuleFiles.read(readme);
        assertThat(new ReadmeGenerator(ModuleFiles.MODULE).regenerate(current)).as("README.md " + HOW).isEqualTo(current);
    }

    @Test
    void readmeEmbedsTheDiagramTheSchemesAndEveryQuery() {
        List<String> blocks = ReadmeGenerator.blocks(ModuleFiles.read(ModuleFiles.MODULE.resolve("README.md")));
        assertThat(blocks).contains("diagram", "schemes");
        for (Path query : QueriesTest.queries()) {
            assertThat(blocks).contains("query:" + query.getFileName());
        }
    }

    @Test
    void vocabularyConstantsMatchTheOntology() {
        String current = ModuleFiles.read(ModuleFiles.MODULE.resolve(Regenerate.VOCABULARY));
        String generated = new VocabularyGenerator().generate(ModuleFiles.load(ModuleFiles.ONTOLOGY));
        assertThat(generated).as("RIKG.java " + HOW).isEqualTo(current);
    }
}
