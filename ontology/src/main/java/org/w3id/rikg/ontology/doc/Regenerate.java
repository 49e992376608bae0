package org.w3id.rikg.ontology.doc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.riot.RDFDataMgr;

/**
 * Rewrites the files generated from the ontology: the blocks of {@code README.md} and
 * {@code src/main/java/org/w3id/rikg/vocab/RIKG.java}. Run it after changing {@code rikg.ttl},
 * {@code schemes/schemes.ttl} or a query:
 * <pre>
 * mvn -pl ontology compile exec:java
 * </pre>
 * The tests fail until the generated files match their sources again.
 */
public final class Regenerate {

    private Regenerate() {
    }

    /** Regenerates the files of the ontology module in {@code args[0]} (default: the working directory). */
    public static void main(String[] args) throws IOException {
        Path module = Path.of(args.length > 0 ? args[0] : ".");
        Path readme = module.resolve("README.md");
        String current = Files.readString(readme, StandardCharsets.UTF_8);
        write(readme, new ReadmeGenerator(module).regenerate(current));
        Path vocabulary = module.resolve(VOCABULARY);
        write(vocabulary, new VocabularyGenerator().generate(RDFDataMgr.loadModel(module.resolve("rikg.ttl").toString())));
    }

    /** Where the RIKG constants live, relative to the module. */
    public static final String VOCABULARY = "src/main/java/org/w3id/rikg/vocab/RIKG.java";

    private static void write(Path file, String text) throws IOException {
        String before = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        if (!before.equals(text)) {
            Files.writeString(file, text, StandardCharsets.UTF_8);
            System.out.println("Rewrote " + file);
        } else {
            System.out.println("Unchanged " + file);
        }
    }
}
