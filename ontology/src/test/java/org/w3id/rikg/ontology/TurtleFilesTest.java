package org.w3id.rikg.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every Turtle file of the module, shipped or fixture, parses and holds triples. */
class TurtleFilesTest {

    static List<Path> turtleFiles() {
        return ModuleFiles.files(ModuleFiles.MODULE, ".ttl");
    }

    @Test
    void findsTheShippedFiles() {
        assertThat(turtleFiles()).contains(ModuleFiles.ONTOLOGY, ModuleFiles.SCHEMES, ModuleFiles.SHAPES,
                ModuleFiles.SHAPES_RECOMMENDED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("turtleFiles")
    void parses(Path file) {
        Model model = ModuleFiles.load(file);
        assertThat(model.size()).as(ModuleFiles.name(file)).isPositive();
    }
}
