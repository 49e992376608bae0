package org.w3id.rikg.server.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The language versions of the page being rendered, for every HTML page: {@code rel=canonical} and
 * {@code hreflang} alternates, and the language switch. German is the default and has no parameter
 * ({@code /id/district/12061.html}); English is {@code ?lang=en}. No link carries an empty {@code lang=}.
 *
 * <pre>{@code
 * <link rel="canonical" th:href="${page.canonical}">
 * }</pre>
 */
@ControllerAdvice
public class PageLinks {

    /** The links of one page, as seen by the client (absolute, behind a proxy when configured). */
    public record Links(String german, String english, String language) {
        public String canonical() {
            return "en".equals(language) ? english : german;
        }

        /** The other language's version, for the language switch ({@code ?lang=de} wins over the browser's language). */
        public String other() {
            return "en".equals(language) ? german + "?lang=de" : english;
        }

        /**
         * The page described for search engines: a schema.org {@code WebPage} of the RIKG dataset, as the
         * JSON-LD of a {@code <script type="application/ld+json">} block (a data block: no script runs).
         */
        public String schemaOrg(String title) {
            jakarta.json.JsonObject json = jakarta.json.Json.createObjectBuilder()
                    .add("@context", "https://schema.org")
                    .add("@type", "WebPage")
                    .add("name", title == null ? "RIKG" : title)
                    .add("url", canonical())
                    .add("inLanguage", "en".equals(language) ? "en" : "de")
                    .add("license", DocumentMetadata.LICENSE)
                    .add("isPartOf", jakarta.json.Json.createObjectBuilder()
                            .add("@type", "Dataset")
                            .add("name", "en".equals(language) ? "Rural Integration Knowledge Graph (RIKG)"
                                    : "Wissensgraph Integration in ländlichen Räumen (RIKG)")
                            .add("url", "https://w3id.org/rikg/dataset")
                            .add("license", DocumentMetadata.LICENSE))
                    .build();
            // Inside <script>, "</" would end the block: JSON allows "<\/" for it.
            return json.toString().replace("</", "<\\/");
        }

        /** A path of this site in the page's language: {@code /ontology.html} or {@code /ontology.html?lang=en}. */
        public String local(String path) {
            return "en".equals(language) ? path + "?lang=en" : path;
        }
    }

    @ModelAttribute("page")
    public Links page(HttpServletRequest request, java.util.Locale locale) {
        String here = ServletUriComponentsBuilder.fromRequestUri(request).replaceQuery(null).build().toUriString();
        return new Links(here, here + "?lang=en", locale.getLanguage());
    }
}
