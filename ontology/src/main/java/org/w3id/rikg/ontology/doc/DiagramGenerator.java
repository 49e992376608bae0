package org.w3id.rikg.ontology.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDFS;

/**
 * Draws the ontology as a Mermaid class diagram, so that the picture in the README is generated from
 * {@code rikg.ttl} and cannot drift from it.
 *
 * <p>It shows every own class with its datatype properties as attributes, the superclasses it is
 * aligned to, and every own object property that has both a domain and a range as an arrow. Properties
 * without a domain (such as {@code rikg:theme}, used on practices and laws alike) are left out of the
 * picture; the README lists them in words.
 * <pre>{@code String mermaid = new DiagramGenerator().generate(RDFDataMgr.loadModel("rikg.ttl"));}</pre>
 */
public final class DiagramGenerator {

    /** The Mermaid source, without the surrounding code fence; lines end with a newline. */
    public String generate(Model ontology) {
        OntologyModel m = new OntologyModel(ontology);
        List<String> lines = new ArrayList<>();
        lines.add("classDiagram");
        lines.add("    direction LR");
        TreeSet<String> external = new TreeSet<>();
        List<String> relations = new ArrayList<>();

        for (Resource cls : m.ownTerms(OWL2.Class)) {
            String name = id(cls.getURI());
            lines.add("    class " + name + "[\"" + OntologyModel.curie(cls.getURI()) + "\"]");
            for (Resource p : m.ownTerms(OWL2.DatatypeProperty)) {
                if (m.iris(p, RDFS.domain).contains(cls)) {
                    String range = m.iri(p, RDFS.range).map(r -> OntologyModel.curie(r.getURI())).orElse("literal");
                    lines.add("    " + name + " : " + local(p.getURI()) + " " + range.replace(':', '_'));
                }
            }
            for (Resource sup : m.iris(cls, RDFS.subClassOf)) {
                relations.add("    " + id(sup.getURI()) + " <|-- " + name);
                if (!sup.getURI().startsWith(OntologyModel.NS)) {
                    external.add(sup.getURI());
                }
            }
        }
        for (Resource p : m.ownTerms(OWL2.ObjectProperty)) {
            Optional<Resource> domain = m.iri(p, RDFS.domain);
            Optional<Resource> range = m.iri(p, RDFS.range);
            if (domain.isEmpty() || range.isEmpty()) {
                continue;
            }
            String multiplicity = m.isFunctional(p) ? "\"1\"" : "\"*\"";
            relations.add("    " + id(domain.get().getURI()) + " --> " + multiplicity + " " + id(range.get().getURI())
                    + " : " + local(p.getURI()));
            for (Resource end : List.of(domain.get(), range.get())) {
                if (!end.getURI().startsWith(OntologyModel.NS)) {
                    external.add(end.getURI());
                }
            }
        }
        for (String iri : external) {
            lines.add("    class " + id(iri) + "[\"" + OntologyModel.curie(iri) + "\"]");
        }
        lines.addAll(relations);
        return String.join("\n", lines) + "\n";
    }

    /** A Mermaid identifier: the compact name with the colon replaced. */
    private static String id(String iri) {
        return OntologyModel.curie(iri).replace(':', '_').replaceAll("[^A-Za-z0-9_]", "_");
    }

    private static String local(String iri) {
        return iri.substring(OntologyModel.NS.length());
    }
}
