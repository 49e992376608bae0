package org.w3id.rikg.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.rdf.model.InfModel;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.reasoner.ReasonerRegistry;
import org.apache.jena.reasoner.ValidityReport;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The ontology is consistent under Jena's OWL Mini reasoner, alone and with a small instance graph, and the
 * reasoner does catch inconsistent instances (so the check is not vacuous).
 */
class OwlConsistencyTest {

    private static ValidityReport validate(Model data) {
        InfModel inf = ModelFactory.createInfModel(ReasonerRegistry.getOWLMiniReasoner(), data);
        return inf.validate();
    }

    @Test
    void ontologyAndSchemesAreConsistent() {
        ValidityReport report = validate(ModuleFiles.ontologyAndSchemes());
        assertThat(report.isValid()).as(describe(report)).isTrue();
    }

    @Test
    void aSmallInstanceGraphIsConsistentAndCleanAndGetsTheExpectedInferences() {
        Model data = ModuleFiles.ontologyAndSchemes();
        data.add(ModuleFiles.load(ModuleFiles.testResource("owl/consistent.ttl")));
        InfModel inf = ModelFactory.createInfModel(ReasonerRegistry.getOWLMiniReasoner(), data);
        ValidityReport report = inf.validate();
        assertThat(report.isValid()).as(describe(report)).isTrue();
        assertThat(report.isClean()).as(describe(report)).isTrue();
        // Alignment works: a district is an org:Organization and a geo:Feature; its Land is where it lies (geo:sfWithin).
        var district = inf.getResource("https://w3id.org/rikg/id/district/12061");
        assertThat(district.hasProperty(RDF.type, inf.getResource("http://www.w3.org/ns/org#Organization"))).isTrue();
        assertThat(district.hasProperty(RDF.type, inf.getResource("http://www.opengis.net/ont/geosparql#Feature"))).isTrue();
        assertThat(district.hasProperty(inf.getProperty("http://www.opengis.net/ont/geosparql#sfWithin"),
                inf.getResource("https://w3id.org/rikg/id/land/12"))).isTrue();
        // hasCohort and cohortOf are inverses.
        assertThat(inf.getResource("https://w3id.org/rikg/id/cohort/lzz-2020-2022").hasProperty(
                inf.getProperty("https://w3id.org/rikg/ontology/cohortOf"),
                inf.getResource("https://w3id.org/rikg/id/programme/land-zuhause-zukunft"))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "owl/inconsistent-district-and-land.ttl",
        "owl/inconsistent-practice-as-programme.ttl",
        "owl/inconsistent-population-not-integer.ttl"})
    void anInconsistentInstanceGraphIsCaught(String fixture) {
        Model data = ModuleFiles.ontologyAndSchemes();
        data.add(ModuleFiles.load(ModuleFiles.testResource(fixture)));
        assertThat(validate(data).isValid()).as(fixture).isFalse();
    }

    private static String describe(ValidityReport report) {
        StringBuilder sb = new StringBuilder();
        report.getReports().forEachRemaining(r -> sb.append(r).append('\n'));
        return sb.toString();
    }
}
