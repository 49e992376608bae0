package org.w3id.rikg.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.rikg.vocab.ELI;
import org.w3id.rikg.vocab.GEO;
import org.w3id.rikg.vocab.PROV;
import org.w3id.rikg.vocab.RIKG;
import org.w3id.rikg.vocab.RIKGID;

/** The Java constants name exactly the terms that rikg.ttl declares. */
class VocabularyTest {

    private static Model ontology;

    @BeforeAll
    static void load() {
        ontology = ModuleFiles.load(ModuleFiles.ONTOLOGY);
    }

    @ParameterizedTest
    @ValueSource(classes = {RIKG.class, PROV.class, ELI.class, GEO.class})
    void everyConstantIsDeclaredInTheOntology(Class<?> vocabulary) throws IllegalAccessException {
        List<Resource> constants = constants(vocabulary);
        assertThat(constants).isNotEmpty();
        for (Resource term : constants) {
            assertThat(ontology.contains(ontology.getResource(term.getURI()), RDF.type))
                    .as(vocabulary.getSimpleName() + " constant " + term.getURI() + " is declared in rikg.ttl").isTrue();
            if (term instanceof Property) {
                assertThat(TermDocumentation.PROPERTY_DECLARATIONS.stream()
                        .anyMatch(t -> ontology.contains(ontology.getResource(term.getURI()), RDF.type, t)))
                        .as(term.getURI() + " is declared as a property").isTrue();
            }
        }
    }

    @Test
    void everyOwnTermHasAConstant() throws IllegalAccessException {
        Set<String> constants = new TreeSet<>();
        constants(RIKG.class).forEach(r -> constants.add(r.getURI()));
        Set<String> terms = new TreeSet<>();
        TermDocumentation.ownTerms(ontology).forEach(r -> terms.add(r.getURI()));
        assertThat(constants).isEqualTo(terms);
    }

    @Test
    void namespaceAndVersionMatchTheOntologyHeader() {
        Resource header = ontology.getResource(RIKG.ONTOLOGY);
        assertThat(header.getPropertyResourceValue(org.apache.jena.vocabulary.OWL2.versionIRI).getURI())
                .isEqualTo(RIKG.VERSION_IRI).isEqualTo("https://w3id.org/rikg/ontology/1.0.0");
        assertThat(header.getProperty(ontology.getProperty("http://purl.org/vocab/vann/preferredNamespaceUri"))
                .getString()).isEqualTo(RIKG.NS);
    }

    @Test
    void idHelpersBuildTheContractIris() {
        assertThat(RIKGID.district("12061")).isEqualTo("https://w3id.org/rikg/id/district/12061");
        assertThat(RIKGID.land("12")).isEqualTo("https://w3id.org/rikg/id/land/12");
        assertThat(RIKGID.concept("role", "founding-member")).isEqualTo("https://w3id.org/rikg/id/role/founding-member");
        assertThat(RIKGID.scheme("theme")).isEqualTo("https://w3id.org/rikg/id/scheme/theme");
        assertThat(RIKGID.graph("lds-2024-0189")).isEqualTo("https://w3id.org/rikg/graph/lds-2024-0189");
        assertThat(RIKGID.id("statistics", "12061-2018-12-31")).isEqualTo("https://w3id.org/rikg/id/statistics/12061-2018-12-31");
        assertThat(RIKGID.META_GRAPH).isEqualTo("https://w3id.org/rikg/graph/meta");
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> RIKGID.district("1206"));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> RIKGID.land("17"));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> RIKGID.concept("theme", "a b"));
    }

    private static List<Resource> constants(Class<?> vocabulary) throws IllegalAccessException {
        List<Resource> out = new ArrayList<>();
        for (Field f : vocabulary.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
                out.add((Resource) f.get(null));
            }
        }
        return out;
    }
}
