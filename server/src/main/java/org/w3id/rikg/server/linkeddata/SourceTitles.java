package org.w3id.rikg.server.linkeddata;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.rdflink.RDFLink;
import org.springframework.stereotype.Service;
import org.w3id.rikg.server.web.LanguagePreference;
import org.w3id.rikg.server.store.StoredQuery;
import org.w3id.rikg.server.store.GraphStore;

/** The titles of the named graphs (sources), from the metadata graph, in the reader's language. */
@Service
public class SourceTitles {

    private static final StoredQuery TITLES = StoredQuery.load("linkeddata/source-titles.rq");

    private final GraphStore store;

    public SourceTitles(GraphStore store) {
        this.store = store;
    }

    /** Graph IRI to title; German, then English, then any title when the wanted language has none. */
    public Map<String, String> titles(Locale locale) {
        LanguagePreference preference = LanguagePreference.of(locale);
        Map<String, String> titles = new HashMap<>();
        Map<String, Integer> rank = new HashMap<>();
        TITLES.select(store, rows -> {
            rows.forEachRemaining(row -> {
                Node graph = row.get("graph");
                Node title = row.get("title");
                if (graph == null || !graph.isURI() || title == null || !title.isLiteral()) {
                    return;
                }
                int r = preference.rank(title.getLiteralLanguage());
                if (r < rank.getOrDefault(graph.getURI(), Integer.MAX_VALUE)) {
                    rank.put(graph.getURI(), r);
                    titles.put(graph.getURI(), title.getLiteralLexicalForm());
                }
            });
            return null;
        });
        return titles;
    }
}
