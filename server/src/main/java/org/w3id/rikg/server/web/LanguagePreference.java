package org.w3id.rikg.server.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.graph.Node;

/**
 * Which literal to show a reader: German first. The reader's language (from {@code ?lang=} or
 * {@code Accept-Language}), then German, then English, then a literal without a language, then any other.
 * The one place this order is written: labels, titles, definitions and pages all ask here.
 *
 * <pre>{@code
 * LanguagePreference.of(locale).best(labels)  // the German label for a German reader
 * }</pre>
 */
public final class LanguagePreference {

    private final List<String> order;

    private LanguagePreference(List<String> order) {
        this.order = order;
    }

    public static LanguagePreference of(Locale locale) {
        return of(locale == null ? "" : locale.getLanguage());
    }

    public static LanguagePreference of(String language) {
        List<String> order = new ArrayList<>();
        for (String lang : List.of(language == null ? "" : language.toLowerCase(Locale.ROOT), "de", "en", "")) {
            if (!order.contains(lang)) {
                order.add(lang);
            }
        }
        return new LanguagePreference(List.copyOf(order));
    }

    /** The languages in order of preference; {@code ""} stands for no language tag. */
    public List<String> order() {
        return order;
    }

    /** The rank of a language tag: 0 is best; a language not in the order comes after all of them. */
    public int rank(String languageTag) {
        String tag = languageTag == null ? "" : languageTag.toLowerCase(Locale.ROOT);
        int dash = tag.indexOf('-');
        int i = order.indexOf(dash > 0 ? tag.substring(0, dash) : tag);
        return i < 0 ? order.size() : i;
    }

    /** The preferred literal among {@code nodes} (non-literals are ignored). */
    public Optional<Node> best(Collection<Node> nodes) {
        return nodes.stream().filter(Node::isLiteral)
                .min(Comparator.comparingInt((Node n) -> rank(n.getLiteralLanguage())).thenComparing(Node::getLiteralLexicalForm));
    }
}
