package org.w3id.rikg.server.linkeddata;

import java.util.List;
import java.util.Locale;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Names for nodes, in the reader's language (rdfs:label, then skos:prefLabel, then dcterms:title): a label in the wanted language, else in German, else in
 * English, else without language, else the prefixed name, else the IRI. German comes before English
 * because RIKG is German-first.
 */
final class Labels {

    private static final List<Node> LABEL_PROPERTIES = List.of(
            RDFS.label.asNode(), SKOS.prefLabel.asNode(), DCTerms.title.asNode());

    private final DatasetGraph description;
    private final String lang;
    private final PrefixMap prefixes;

    Labels(DatasetGraph description, Locale locale, PrefixMap prefixes) {
        this.description = description;
        this.lang = locale.getLanguage();
        this.prefixes = prefixes;
    }

    /** The best label, or null when the description holds none. */
    String labelOrNull(Node node) {
        String[] wanted = {lang, "de", "en", ""};
        for (String language : wanted) {
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
            return Namespaces.curie(prefixes, node.getURI());
        }
        return node.toString();
    }
}
