package org.w3id.rikg.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentNegotiationTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "text/turtle|TURTLE",
            "text/html;q=0.9, text/turtle|TURTLE",
            "text/html, text/turtle;q=0.9|HTML",
            "*/*|TURTLE",
            "-|TURTLE",
            "''|TURTLE",
            "application/*;q=0.5, text/html;q=0.4|JSONLD",
            "application/json|JSONLD",
            "text/plain|NTRIPLES",
            "image/png|-",
            "text/turtle;q=0|-",
            "text/turtle;q=abc|-",
            "garbage|TURTLE",
            "*/*;q=0.5, application/rdf+xml;q=0.6|RDFXML",
            "text/*;q=0.3, application/n-quads;q=0.2|TURTLE",
    })
    void choosesByQualityThenServerPreference(String accept, String expected) {
        var chosen = ContentNegotiation.choose(accept, RdfFormat.ALL);
        if (expected == null) {
            assertThat(chosen).isEmpty();
        } else {
            assertThat(chosen).contains(RdfFormat.valueOf(expected));
        }
    }

    @Test
    void aliasesAnswerOnlyWhenNamedNotThroughWildcards() {
        // application/* must not make text/plain or application/json count twice; it picks JSON-LD by order.
        assertThat(ContentNegotiation.choose("application/*", List.of(RdfFormat.TURTLE, RdfFormat.RDFXML)))
                .contains(RdfFormat.RDFXML);
        assertThat(ContentNegotiation.choose("text/*", List.of(RdfFormat.NTRIPLES))).isEmpty();
    }

    @Test
    void theMostSpecificRangeDecides() {
        assertThat(ContentNegotiation.choose("text/*;q=1, text/turtle;q=0.1, text/html;q=0.5", RdfFormat.ALL))
                .contains(RdfFormat.HTML);
    }
}
