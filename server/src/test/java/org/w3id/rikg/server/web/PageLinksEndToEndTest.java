package org.w3id.rikg.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.rikg.server.support.LinkedDataFixture;
import org.w3id.rikg.server.support.ServerExtension;

/** Every page names its canonical URL and its language versions, and no link has an empty {@code lang=}. */
class PageLinksEndToEndTest {

    /** A link with an empty language parameter: {@code ?lang=} or {@code &lang=} followed by nothing. */
    private static final String EMPTY_LANG = "[?&](amp;)?lang=([\"&'#<\\s]|$)";

    @RegisterExtension
    static final ServerExtension server = ServerExtension.start(LinkedDataFixture::start);

    static Stream<String> pages() {
        return Stream.of("/", "/id/district/12061.html", "/ontology.html", "/.well-known/void.html");
    }

    @ParameterizedTest
    @MethodSource("pages")
    void germanPagesLinkTheirEnglishVersion(String path) {
        HttpResponse<String> page = server.get(path, "text/html");
        String here = server.baseUrl() + path;

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContainPattern(EMPTY_LANG)
                .contains("<link rel=\"canonical\" href=\"" + here + "\">")
                .contains("<link rel=\"alternate\" hreflang=\"de\" href=\"" + here + "\">")
                .contains("<link rel=\"alternate\" hreflang=\"en\" href=\"" + here + "?lang=en\">")
                .contains("href=\"" + here + "?lang=en\" hreflang=\"en\"");
    }

    @ParameterizedTest
    @MethodSource("pages")
    void englishPagesAreCanonicalWithTheirParameter(String path) {
        HttpResponse<String> page = server.get(path + "?lang=en", "text/html");
        String here = server.baseUrl() + path;

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<link rel=\"canonical\" href=\"" + here + "?lang=en\">")
                .contains("href=\"" + here + "?lang=de\"")
                .doesNotContainPattern(EMPTY_LANG);
    }
}
