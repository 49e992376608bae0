package org.w3id.rikg.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The server's packages import only downward: {@code store} (the one door to the data) imports no other
 * package of the server, {@code web} (RDF over HTTP) only {@code store}, and each feature ({@code sparql},
 * {@code linkeddata}, {@code dataset}, {@code page}, {@code system}, …) only {@code store}, {@code web} and
 * its own subpackages, never a sibling feature. And nothing outside {@code store} names TDB2.
 */
class PackageLayersTest {

    private static final Path SOURCES = Path.of("src/main/java/org/w3id/rikg/server");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?org\\.w3id\\.rikg\\.server\\.([a-z]+)", Pattern.MULTILINE);
    private static final Set<String> SHARED = Set.of("store", "web");

    @Test
    void packagesImportOnlyDownward() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path relative = SOURCES.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue; // RikgApplication, which assembles everything
                }
                String own = relative.getName(0).toString();
                Matcher m = IMPORT.matcher(Files.readString(file));
                while (m.find()) {
                    String imported = m.group(1);
                    if (!imported.equals(own) && !allowed(own, imported)) {
                        violations.add(relative + " imports " + imported);
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void onlyTheStoreNamesTdb2() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String own = SOURCES.relativize(file).getName(0).toString();
                if (!own.equals("store") && Files.readString(file).matches("(?s).*(org\\.apache\\.jena\\.tdb2|EmbeddedTdb2Store).*")) {
                    violations.add(SOURCES.relativize(file).toString());
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void theRuleIsNotVacuous() throws IOException {
        assertThat(allowed("web", "store")).isTrue();
        assertThat(allowed("store", "web")).isFalse();
        assertThat(allowed("sparql", "dataset")).isFalse();
        try (Stream<Path> files = Files.list(SOURCES)) {
            assertThat(files.filter(Files::isDirectory).map(p -> p.getFileName().toString()))
                    .contains("store", "web", "sparql", "linkeddata", "dataset", "page");
        }
    }

    static boolean allowed(String from, String to) {
        return switch (from) {
            case "store" -> false;
            case "web" -> to.equals("store");
            default -> SHARED.contains(to);
        };
    }
}
