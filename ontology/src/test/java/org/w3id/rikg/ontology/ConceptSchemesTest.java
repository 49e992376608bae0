package org.w3id.rikg.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.rikg.vocab.RIKGID;

/** The concept schemes hold exactly the keys of the shared design contract, each concept bilingual. */
class ConceptSchemesTest {

    /** The scheme and concept keys agreed in the design contract; data is written against them. */
    static final Map<String, List<String>> CONTRACT = new LinkedHashMap<>();

    static {
        CONTRACT.put("theme", List.of("legal-status", "early-childhood", "language", "education", "labour-market",
                "health", "housing", "crime", "intercultural-opening", "public-service", "local-integration", "sport",
                "civic-engagement", "media", "culture", "social-cohesion"));
        CONTRACT.put("integration-phase", List.of("before-immigration", "initial-integration", "integration",
                "growing-together", "cohesion"));
        CONTRACT.put("target-group", List.of("newcomers", "refugees", "skilled-workers",
                "people-with-migration-background", "employers", "municipalities", "children-and-youth"));
        CONTRACT.put("district-type", List.of("landkreis", "kreis", "kreisfreie-stadt", "stadtkreis", "regionalverband"));
        CONTRACT.put("legal-form", List.of("act", "ordinance"));
        CONTRACT.put("jurisdiction", List.of("federal", "land"));
        CONTRACT.put("legal-area", List.of("integration-and-participation", "reception", "residence", "asylum",
                "asylum-seeker-benefits", "integration-courses", "recognition-of-qualifications", "skilled-immigration",
                "basic-income-support"));
        CONTRACT.put("role", List.of("founding-member", "member", "dezernent", "integration-commissioner",
                "integration-officer", "integration-coordinator", "referent", "contact-person"));
        CONTRACT.put("organization-type", List.of("public-authority", "district-administration", "association",
                "foundation", "university", "consultancy", "network", "chamber"));
        CONTRACT.put("cooperation-form", List.of("expert-circle"));
        CONTRACT.put("verification-status", List.of("checked", "not-checked", "unverified", "verified"));
    }

    private static Model schemes;

    @BeforeAll
    static void load() {
        schemes = ModuleFiles.load(ModuleFiles.SCHEMES);
    }

    static Stream<Arguments> contractSchemes() {
        return CONTRACT.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @Test
    void holdsExactlyTheContractSchemes() {
        List<String> declared = schemes.listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme).toList().stream()
                .map(Resource::getURI).toList();
        assertThat(declared).containsExactlyInAnyOrderElementsOf(
                CONTRACT.keySet().stream().map(RIKGID::scheme).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contractSchemes")
    void schemeHoldsExactlyTheContractConcepts(String scheme, List<String> keys) {
        Resource s = schemes.getResource(RIKGID.scheme(scheme));
        List<String> inScheme = schemes.listSubjectsWithProperty(SKOS.inScheme, s).toList().stream()
                .map(Resource::getURI).toList();
        assertThat(inScheme).containsExactlyInAnyOrderElementsOf(keys.stream().map(k -> RIKGID.concept(scheme, k)).toList());
        assertBilingual(s, SKOS.prefLabel);
        assertBilingual(s, SKOS.definition);
        assertThat(s.getProperty(SKOS.notation).getString()).isEqualTo(scheme);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contractSchemes")
    void everyConceptIsBilingualWithItsKeyAsNotationAndInTheHierarchy(String scheme, List<String> keys) {
        Resource s = schemes.getResource(RIKGID.scheme(scheme));
        for (String key : keys) {
            Resource c = schemes.getResource(RIKGID.concept(scheme, key));
            assertThat(c.hasProperty(RDF.type, SKOS.Concept)).as(c.getURI()).isTrue();
            assertBilingual(c, SKOS.prefLabel);
            assertBilingual(c, SKOS.definition);
            assertThat(c.listProperties(SKOS.notation).toList()).as(c.getURI()).hasSize(1);
            assertThat(c.getProperty(SKOS.notation).getString()).isEqualTo(key);
            boolean top = c.hasProperty(SKOS.topConceptOf, s);
            assertThat(top).as(c.getURI() + " top concept <=> listed by skos:hasTopConcept")
                    .isEqualTo(s.hasProperty(SKOS.hasTopConcept, c));
            Resource broader = c.getPropertyResourceValue(SKOS.broader);
            assertThat(top || broader != null && broader.hasProperty(SKOS.inScheme, s))
                    .as(c.getURI() + " is a top concept or has a broader concept in its scheme").isTrue();
        }
    }

    @Test
    void themesNameTheirSourceClassifications() {
        String source = "https://w3id.org/rikg/id/source/";
        Resource theme = schemes.getResource(RIKGID.scheme("theme"));
        assertThat(objects(theme, DCTerms.source)).contains(source + "iml", source + "nap12");
        assertThat(objects(schemes.getResource(RIKGID.scheme("integration-phase")), DCTerms.source))
                .containsExactly(source + "nap21");
        for (String key : CONTRACT.get("theme")) {
            Resource c = schemes.getResource(RIKGID.concept("theme", key));
            assertThat(objects(c, DCTerms.source)).as(c.getURI()).isNotEmpty()
                    .allMatch(s -> s.startsWith(source));
            assertBilingual(c, SKOS.scopeNote);
        }
        assertThat(objects(schemes.getResource(RIKGID.concept("theme", "early-childhood")), DCTerms.source))
                .contains(source + "iml", source + "nap12");
    }

    private static List<String> objects(Resource r, org.apache.jena.rdf.model.Property p) {
        return r.listProperties(p).toList().stream().map(st -> st.getObject())
                .filter(RDFNode::isURIResource).map(o -> o.asResource().getURI()).toList();
    }

    private static void assertBilingual(Resource r, org.apache.jena.rdf.model.Property p) {
        for (String lang : List.of("de", "en")) {
            long n = r.listProperties(p).toList().stream()
                    .filter(st -> st.getObject().isLiteral() && lang.equals(st.getLiteral().getLanguage())).count();
            assertThat(n).as(r.getURI() + " " + p.getLocalName() + "@" + lang).isEqualTo(1);
        }
    }
}
