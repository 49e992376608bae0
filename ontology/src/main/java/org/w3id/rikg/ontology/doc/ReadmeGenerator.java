package org.w3id.rikg.ontology.doc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * Fills the generated blocks of {@code ontology/README.md}, so that what the README shows is what the
 * module holds: the class diagram (from {@code rikg.ttl}), the concept schemes (from
 * {@code schemes/schemes.ttl}) and each example query (from {@code queries/*.rq}).
 *
 * <p>A block runs from {@code <!-- KEY:start -->} to {@code <!-- KEY:end -->}; the keys are
 * {@code diagram}, {@code schemes} and {@code query:FILE.rq}. Text outside the blocks is left alone.
 * <pre>{@code String readme = new ReadmeGenerator(Path.of("ontology")).regenerate(Files.readString(...));}</pre>
 */
public final class ReadmeGenerator {

    private static final Pattern BLOCK = Pattern.compile(
            "(<!-- ([a-z]+(?::[A-Za-z0-9._-]+)?):start -->\\n)(.*?)(<!-- \\2:end -->)", Pattern.DOTALL);

    private final Path moduleDir;

    /** A generator over the files of the ontology module in {@code moduleDir}. */
    public ReadmeGenerator(Path moduleDir) {
        this.moduleDir = moduleDir;
    }

    /** The README text with every generated block replaced by its current content. */
    public String regenerate(String readme) {
        Matcher m = BLOCK.matcher(readme);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String content = content(m.group(2));
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + content + m.group(4)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The keys of the generated blocks in a README text, in order. */
    public static List<String> blocks(String readme) {
        List<String> keys = new ArrayList<>();
        Matcher m = BLOCK.matcher(readme);
        while (m.find()) {
            keys.add(m.group(2));
        }
        return keys;
    }

    private String content(String key) {
        if (key.equals("diagram")) {
            return "```mermaid\n" + new DiagramGenerator().generate(load("rikg.ttl")) + "```\n";
        }
        if (key.equals("schemes")) {
            return schemes(load("schemes/schemes.ttl"));
        }
        if (key.startsWith("query:")) {
            String file = key.substring("query:".length());
            return "```sparql\n" + read(moduleDir.resolve("queries").resolve(file)).stripTrailing() + "\n```\n";
        }
        throw new IllegalArgumentException("Unknown README block: " + key);
    }

    private static String schemes(Model model) {
        OntologyModel m = new OntologyModel(model);
        StringBuilder out = new StringBuilder();
        out.append("| Scheme | Concepts (key: Deutsch / English) |\n|---|---|\n");
        List<Resource> schemes = model.listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme).toList().stream()
                .sorted(Comparator.comparing(Resource::getURI)).toList();
        for (Resource scheme : schemes) {
            List<Resource> concepts = model.listSubjectsWithProperty(SKOS.inScheme, scheme).toList().stream()
                    .sorted(Comparator.comparing(Resource::getURI)).toList();
            List<String> cells = new ArrayList<>();
            for (Resource c : concepts) {
                cells.add("`" + m.text(c, SKOS.notation, "").orElse("?") + "`: " + m.text(c, SKOS.prefLabel, "de").orElse("")
                        + " / " + m.text(c, SKOS.prefLabel, "en").orElse(""));
            }
            out.append("| `").append(scheme.getURI().substring(scheme.getURI().lastIndexOf('/') + 1)).append("`<br>")
                    .append(m.text(scheme, SKOS.prefLabel, "en").orElse("")).append(" | ")
                    .append(String.join("; ", cells).replace("|", "\\|")).append(" |\n");
        }
        return out.toString();
    }

    private Model load(String relative) {
        return RDFDataMgr.loadModel(moduleDir.resolve(relative).toString());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
