package org.w3id.rikg.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The page model built from a description, without a server. */
class ResourceViewTest {

    private static final LinkedDataProperties PROPERTIES = new LinkedDataProperties(null);
    private static final String LAND = "https://w3id.org/rikg/id/land/12";

    private static ResourceView view(int incoming) {
        DatasetGraph description = DatasetGraphFactory.create();
        Node g = NodeFactory.createURI("https://w3id.org/rikg/graph/destatis-gv-isys-2018");
        Node land = NodeFactory.createURI(LAND);
        description.add(g, land, RDFS.label.asNode(), NodeFactory.createLiteralLang("Brandenburg", "de"));
        for (int i = 0; i < incoming; i++) {
            description.add(g, NodeFactory.createURI("https://w3id.org/rikg/id/district/" + (12000 + i)),
                    NodeFactory.createURI("https://w3id.org/rikg/ontology/inLand"), land);
        }
        return ResourceView.of(LAND, description, Locale.GERMAN, PROPERTIES, Map.of(),
                Namespaces.prefixMap(PROPERTIES.baseUri()), "12", curie -> null);
    }

    @ParameterizedTest(name = "{0} statements pointing to it: cut = {1}")
    @CsvSource({"0,false", "2,false", "199,false", "200,true"})
    void saysWhenTheIncomingLinksMayBeCut(int incoming, boolean cut) {
        ResourceView view = view(incoming);

        assertThat(view.incoming()).hasSize(incoming);
        assertThat(view.incomingCut()).isEqualTo(cut);
        assertThat(view.title()).isEqualTo("Brandenburg");
    }
}
