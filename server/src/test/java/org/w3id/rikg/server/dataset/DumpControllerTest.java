package org.w3id.rikg.server.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.w3id.rikg.server.web.LinkedDataProperties;
import org.w3id.rikg.server.store.GraphStore;

/** What the dump controller decides without a store to stream from. */
class DumpControllerTest {

    /** A store reached only over SPARQL, like an external service. */
    private static final GraphStore EXTERNAL = new GraphStore() {
        @Override
        public RDFLink connect() {
            throw new AssertionError("not needed");
        }

        @Override
        public Optional<DatasetGraph> embedded() {
            return Optional.empty();
        }
    };

    private final DumpController controller = new DumpController(EXTERNAL, new LinkedDataProperties(null));

    @Test
    void anExternalStoreGets501WithAnExplanation() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        controller.dump("rikg.nq.gz", new MockHttpServletRequest("GET", "/dumps/rikg.nq.gz"), response);

        assertThat(response.getStatus()).isEqualTo(501);
        assertThat(response.getContentAsString()).contains("external").contains("/sparql");
    }

    @Test
    void weakComparisonOfEntityTags() {
        String etag = "W/\"abc-nquads\"";

        assertThat(DumpController.matches(null, etag)).isFalse();
        assertThat(DumpController.matches("W/\"abc-nquads\"", etag)).isTrue();
        assertThat(DumpController.matches("\"abc-nquads\"", etag)).isTrue();
        assertThat(DumpController.matches("\"x\" , W/\"abc-nquads\"", etag)).isTrue();
        assertThat(DumpController.matches("*", etag)).isTrue();
        assertThat(DumpController.matches("W/\"abc-trig\"", etag)).isFalse();
    }
}
