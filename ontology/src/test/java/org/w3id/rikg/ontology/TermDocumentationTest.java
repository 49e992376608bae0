package org.w3id.rikg.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.rikg.vocab.RIKG;

/** Every own term is declared and documented in German and English, and every use of a rikg: term is declared. */
class TermDocumentationTest {

    private static final Pattern RQ_TERM = Pattern.compile(
            "(?:\\brikg:|<https://w3id\\.org/rikg/ontology/)([A-Za-z_][A-Za-z0-9_]*)");

    @Test
    void everyOwnTermIsBilingualAndDefinedByTheOntology() {
        Model ontology = ModuleFiles.load(ModuleFiles.ONTOLOGY);
        assertThat(TermDocumentation.ownTerms(ontology)).hasSizeGreaterThan(40);
        assertThat(TermDocumentation.problems(ontology)).isEmpty();
    }

    @Test
    void aCompleteTermPasses() {
        assertThat(TermDocumentation.problems(ModuleFiles.load(ModuleFiles.testResource("terms/complete.ttl")))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "no-english-label.ttl     | rikg:Example has 0 rdfs:label in language 'en', expected 1",
        "no-german-definition.ttl | rikg:example has 0 skos:definition in language 'de', expected 1",
        "untagged-label.ttl       | rikg:example has a rdfs:label without a language tag",
        "no-defined-by.ttl        | rikg:example is not rdfs:isDefinedBy <https://w3id.org/rikg/ontology>",
        "undeclared.ttl           | rikg:example is not declared as an OWL class or property",
    })
    void aMissingPieceFails(String fixture, String expected) {
        List<String> problems = TermDocumentation.problems(ModuleFiles.load(ModuleFiles.testResource("terms/" + fixture)));
        assertThat(problems).contains(expected);
    }

    /** Catches a misspelt term in a shape path or a query, which SHACL and SPARQL would silently accept. */
    @Test
    void everyRikgTermUsedInShapesSchemesFixturesAndQueriesIsDeclared() {
        Model ontology = ModuleFiles.load(ModuleFiles.ONTOLOGY);
        Set<String> declared = new TreeSet<>();
        TermDocumentation.ownTerms(ontology).forEach(t -> declared.add(t.getURI()));

        Set<String> used = new TreeSet<>();
        List<Path> graphs = Stream.of(
                List.of(ModuleFiles.SCHEMES, ModuleFiles.SHAPES, ModuleFiles.SHAPES_RECOMMENDED),
                ModuleFiles.files(ModuleFiles.testResource("shapes"), ".ttl"),
                ModuleFiles.files(ModuleFiles.testResource("owl"), ".ttl")).flatMap(List::stream).toList();
        for (Path file : graphs) {
            for (Statement s : ModuleFiles.load(file).listStatements().toList()) {
                for (RDFNode node : List.of(s.getSubject(), s.getPredicate(), s.getObject())) {
                    if (node.isURIResource() && node.asResource().getURI().startsWith(RIKG.NS)) {
                        used.add(node.asResource().getURI());
                    }
                }
            }
        }
        List<Path> queries = Stream.concat(ModuleFiles.files(ModuleFiles.QUERIES, ".rq").stream(),
                ModuleFiles.files(ModuleFiles.QUALITY, ".rq").stream()).toList();
        for (Path file : queries) {
            Matcher m = RQ_TERM.matcher(ModuleFiles.read(file));
            while (m.find()) {
                used.add(RIKG.NS + m.group(1));
            }
        }
        used.removeAll(declared);
        assertThat(used).as("rikg: terms used but not declared in rikg.ttl").isEmpty();
    }
}
