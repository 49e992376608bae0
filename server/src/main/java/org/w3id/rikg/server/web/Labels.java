package org.w3id.rikg.server.web;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Names for nodes, in the reader's language (rdfs:label, then skos:prefLabel, then dcterms:title): a label in the wanted language, else in German, else in
 * English, else without language, else a page text for well-known vocabulary terms, else the path of a
 * RIKG resource, else the prefixed name, else the IRI. German comes before English
 * because RIKG is German-first.
 */
final class Labels {

    private static final List<Node> LABEL_PROPERTIES = List.of(
            RDFS.label.asNode(), SKOS.prefLabel.asNode(), DCTerms.title.asNode());

    private final DatasetGraph description;
    private final String lang;
    private final PrefixMap prefixes;
    private final Function<String, String> vocabularyLabels;
    private final String baseUri;

    /**
     * @param vocabularyLabels names for terms of reused vocabularies (rdf:type, skos:altLabel …) that the
     *                         store does not label, by prefixed name; null when there is none
     */
    Labels(DatasetGraph description, Locale locale, PrefixMap prefixes, Function<String, String> vocabularyLabels,
           String baseUri) {
        this.description = description;
        this.lang = locale.getLanguage();
        this.prefixes = prefixes;
        this.vocabularyLabels = vocabularyLabels;
        this.baseUri = baseUri;
    }

    /** The best label, or null when the description holds none. */
    String labelOrNull(Node node) {
        for (String language : LanguagePreference.of(lang).order()) {
            for (Node property : LABEL_PROPERTIES) {
                var it = description.find(Node.ANY, node, property, Node.ANY);
                while (it.hasNext()) {
                    Node o = it.next().getObject();
                    if (o.isLiteral() && o.getLiteralLanguage().equalsIgnoreCase(language)) {
                        return o.getLiteralLexicalForm();
                    }
                }
            }
        }
        return null;
    }

    /** A name to show for any node. */
    String label(Node node) {
        String label = labelOrNull(node);
        if (label != null) {
            return label;
        }
        if (node.isURI()) {
            String curie = Namespaces.curie(prefixes, node.getURI());
            String known = vocabularyLabels.apply(curie);
            if (known != null) {
                return known;
            }
            if (node.getURI().startsWith(baseUri + "id/")) {
                return node.getURI().substring(baseUri.length() + "id/".length());
            }
            return curie;
        }
        return node.toString();
    }
}
