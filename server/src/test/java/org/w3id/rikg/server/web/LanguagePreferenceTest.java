package org.w3id.rikg.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

/** German first: the reader's language, then German, English, untagged, any other. */
class LanguagePreferenceTest {

    private static final Node DE = NodeFactory.createLiteralLang("Kreis", "de");
    private static final Node EN = NodeFactory.createLiteralLang("district", "en");
    private static final Node FR = NodeFactory.createLiteralLang("arrondissement", "fr");
    private static final Node PLAIN = NodeFactory.createLiteralString("Kreis/district");

    @Test
    void orderForEachReader() {
        assertThat(LanguagePreference.of(Locale.GERMAN).order()).containsExactly("de", "en", "");
        assertThat(LanguagePreference.of(Locale.ENGLISH).order()).containsExactly("en", "de", "");
        assertThat(LanguagePreference.of("fr").order()).containsExactly("fr", "de", "en", "");
    }

    @Test
    void theBestLiteral() {
        assertThat(LanguagePreference.of("de").best(List.of(FR, EN, DE, PLAIN))).hasValue(DE);
        assertThat(LanguagePreference.of("en").best(List.of(FR, DE, EN))).hasValue(EN);
        assertThat(LanguagePreference.of("en").best(List.of(FR, DE))).as("German before any other").hasValue(DE);
        assertThat(LanguagePreference.of("de").best(List.of(FR, PLAIN))).hasValue(PLAIN);
        assertThat(LanguagePreference.of("de").best(List.of(FR))).hasValue(FR);
        assertThat(LanguagePreference.of("de").best(List.of(NodeFactory.createURI("urn:x")))).isEmpty();
    }

    @Test
    void regionalTagsRankAsTheirLanguage() {
        assertThat(LanguagePreference.of("de").rank("de-AT")).isZero();
        assertThat(LanguagePreference.of("de").rank("en-GB")).isEqualTo(1);
    }
}
