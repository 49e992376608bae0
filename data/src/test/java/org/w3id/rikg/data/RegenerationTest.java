package org.w3id.rikg.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped RDF is exactly what the sources produce: regenerate into a temp folder and compare bytes. */
class RegenerationTest {

    static final Path DATA_DIR = Path.of("").toAbsolutePath();

    @Test
    void regeneratingFromTheSourcesGivesTheShippedBytes(@TempDir Path temp) throws IOException {
        Map<String, String> built = BuildDataset.build(DATA_DIR);
        BuildDataset.write(built, temp);

        for (String file : built.keySet()) {
            assertThat(Files.readAllBytes(temp.resolve(file)))
                    .as("%s differs from what the sources produce; run mvn -B -q -pl data -am -Pregenerate process-classes",
                            file)
                    .isEqualTo(Files.readAllBytes(DATA_DIR.resolve(file)));
        }
        TreeSet<String> shipped = new TreeSet<>();
        try (Stream<Path> files = Files.list(DATA_DIR.resolve(BuildDataset.RDF_DIR))) {
            files.forEach(p -> shipped.add(BuildDataset.RDF_DIR + "/" + p.getFileName()));
        }
        assertThat(shipped).as("files in data/rdf that the build does not produce")
                .isEqualTo(new TreeSet<>(built.keySet().stream().filter(f -> f.startsWith(BuildDataset.RDF_DIR + "/")).toList()));
    }

    @Test
    void buildingTwiceGivesTheSameBytes() {
        assertThat(BuildDataset.build(DATA_DIR)).isEqualTo(BuildDataset.build(DATA_DIR));
    }
}
