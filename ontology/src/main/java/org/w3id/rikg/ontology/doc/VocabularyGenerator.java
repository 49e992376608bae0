package org.w3id.rikg.ontology.doc;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Writes {@code RIKG.java}, one documented Jena constant per own term, from {@code rikg.ttl}, in the
 * manner of Jena's schemagen: the constants and their Javadoc cannot drift from the ontology because a
 * test regenerates the file and compares.
 */
public final class VocabularyGenerator {

    /** The Java source of {@code org.w3id.rikg.vocab.RIKG}. */
    public String generate(Model ontology) {
        OntologyModel m = new OntologyModel(ontology);
        List<String> out = new ArrayList<>();
        out.add("package org.w3id.rikg.vocab;");
        out.add("");
        out.add("import org.apache.jena.rdf.model.Property;");
        out.add("import org.apache.jena.rdf.model.Resource;");
        out.add("import org.apache.jena.rdf.model.ResourceFactory;");
        out.add("");
        out.add("/**");
        out.add(" * Constants for the terms of the RIKG ontology, {@value #NS}.");
        out.add(" *");
        out.add(" * <p>Generated from {@code ontology/rikg.ttl} by {@code org.w3id.rikg.ontology.doc.VocabularyGenerator}; do");
        out.add(" * not edit by hand, regenerate with {@code mvn -pl ontology compile exec:java}. A test fails when this file and");
        out.add(" * the ontology differ.");
        out.add(" * <pre>{@code model.add(district, RIKG.inLand, land);}</pre>");
        out.add(" */");
        out.add("public final class RIKG {");
        out.add("");
        out.add("    /** The namespace of RIKG terms. */");
        out.add("    public static final String NS = \"" + RIKG_NS + "\";");
        out.add("");
        out.add("    /** The IRI of the ontology itself. */");
        out.add("    public static final String ONTOLOGY = \"https://w3id.org/rikg/ontology\";");
        out.add("");
        out.add("    /** The version IRI of this release of the ontology. */");
        out.add("    public static final String VERSION_IRI = \"" + versionIri(ontology) + "\";");
        section(out, m, "Classes", List.of(OWL2.Class), "Resource", "createResource");
        section(out, m, "Properties", List.of(OWL2.ObjectProperty, OWL2.DatatypeProperty, OWL2.AnnotationProperty),
                "Property", "createProperty");
        out.add("");
        out.add("    private RIKG() {");
        out.add("    }");
        out.add("}");
        return String.join("\n", out) + "\n";
    }

    private static final String RIKG_NS = OntologyModel.NS;

    private static String versionIri(Model ontology) {
        Resource o = ontology.getResource("https://w3id.org/rikg/ontology");
        Resource v = o.getPropertyResourceValue(OWL2.versionIRI);
        return v == null ? "" : v.getURI();
    }

    private static void section(List<String> out, OntologyModel m, String title, List<Resource> types,
            String javaType, String factory) {
        out.add("");
        out.add("    // " + title);
        List<Resource> terms = new ArrayList<>();
        for (Resource type : types) {
            terms.addAll(m.ownTerms(type));
        }
        terms.sort((a, b) -> a.getURI().compareTo(b.getURI()));
        for (Resource term : terms) {
            String local = term.getURI().substring(RIKG_NS.length());
            out.add("");
            out.add("    /**");
            String doc = "<b>" + html(m.text(term, RDFS.label, "en").orElse(local)) + "</b> (de: "
                    + html(m.text(term, RDFS.label, "de").orElse(local)) + "): "
                    + html(m.text(term, SKOS.definition, "en").orElse(""));
            wrap(doc, 110 - "     * ".length()).forEach(line -> out.add("     * " + line));
            out.add("     */");
            out.add("    public static final " + javaType + " " + local + " = ResourceFactory." + factory + "(NS + \""
                    + local + "\");");
        }
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("*/", "*&#47;")
                .replace("@", "&#64;").replace("{", "&#123;").replace("}", "&#125;");
    }
}
