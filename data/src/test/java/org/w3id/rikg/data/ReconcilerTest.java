package org.w3id.rikg.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Name reconciliation, data-driven: each fixture file in {@code src/test/resources/reconciliation/} is one edge case,
 * named after it; each row gives a name, the type the source means and the expected AGS and rule or error. The
 * districts are real rows of districts.csv.
 */
class ReconcilerTest {

    static final Path FIXTURES = Path.of("src/test/resources/reconciliation");

    @TestFactory
    Stream<DynamicTest> everyEdgeCaseFixture() throws IOException {
        List<Destatis.District> districts = Destatis.readDistricts(FIXTURES.resolve("districts.csv"));
        List<Reconciler.Variant> variants = Tsv.read(FIXTURES.resolve("name-variants.tsv"), "name-variants.tsv", '\t')
                .stream().map(r -> new Reconciler.Variant(r.get("variant"), r.get("official_name"),
                        r.get("district_type"), r.get("used_by"), r.get("source")))
                .toList();
        List<Path> cases;
        try (Stream<Path> files = Files.list(FIXTURES)) {
            cases = files.filter(p -> !p.getFileName().toString().equals("name-variants.tsv"))
                    .filter(p -> p.toString().endsWith(".tsv")).sorted().toList();
        }
        assertThat(cases).hasSizeGreaterThanOrEqualTo(5);
        return cases.stream().flatMap(file -> Tsv.read(file, file.getFileName().toString(), '\t').stream()
                .map(row -> DynamicTest.dynamicTest(row.where() + " " + row.get("name") + " / " + row.get("expected_type"),
                        () -> {
                            Reconciler reconciler = new Reconciler(districts, variants);
                            String expect = row.get("expect");
                            if (expect.startsWith("error: ")) {
                                assertThatThrownBy(() -> reconciler.match(row.get("name"), row.get("expected_type"), row.where()))
                                        .isInstanceOf(BuildException.class)
                                        .hasMessageContaining(expect.substring("error: ".length()))
                                        .hasMessageContaining(row.get("name"));
                            } else {
                                Reconciler.Match m = reconciler.match(row.get("name"), row.get("expected_type"), row.where());
                                assertThat(m.ags()).isEqualTo(expect);
                                assertThat(m.rule()).isEqualTo(row.get("rule"));
                            }
                        })));
    }

    @Test
    void theBuildFailsOnAnUnmatchedName(@TempDir Path temp) throws IOException {
        Path data = copyOfTheSources(temp);
        replaceOnce(data.resolve("curated/memberships.tsv"), "Landkreis Celle\tlandkreis", "Landkreis Zelle\tlandkreis");
        assertThatThrownBy(() -> BuildDataset.build(data)).isInstanceOf(BuildException.class)
                .hasMessageContaining("curated/memberships.tsv:4")
                .hasMessageContaining("unmatched district name \"Landkreis Zelle\"");
    }

    @Test
    void theBuildFailsOnAnAmbiguousName(@TempDir Path temp) throws IOException {
        Path data = copyOfTheSources(temp);
        replaceOnce(data.resolve("curated/practices.tsv"), "\tKarlsruhe\tlandkreis\t", "\tKarlsruhe\t\t");
        assertThatThrownBy(() -> BuildDataset.build(data)).isInstanceOf(BuildException.class)
                .hasMessageContaining("ambiguous district name \"Karlsruhe\"")
                .hasMessageContaining("08212").hasMessageContaining("08215");
    }

    @Test
    void theBuildFailsOnEvidenceThatTheSourceDoesNotContain(@TempDir Path temp) throws IOException {
        Path data = copyOfTheSources(temp);
        replaceOnce(data.resolve("curated/laws.tsv"), "v. 13.12.2016 wurde am 19.12.2016", "v. 14.12.2016 wurde am 19.12.2016");
        assertThatThrownBy(() -> BuildDataset.build(data)).isInstanceOf(BuildException.class)
                .hasMessageContaining("curated/laws.tsv").hasMessageContaining("evidence not found verbatim");
    }

    static Path copyOfTheSources(Path temp) throws IOException {
        for (String folder : List.of("raw", "curated")) {
            Path from = RegenerationTest.DATA_DIR.resolve(folder);
            try (Stream<Path> files = Files.walk(from)) {
                for (Path f : files.toList()) {
                    Path to = temp.resolve(folder).resolve(from.relativize(f).toString());
                    if (Files.isDirectory(f)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(f, to);
                    }
                }
            }
        }
        return temp;
    }

    static void replaceOnce(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to)), StandardCharsets.UTF_8);
    }
}
