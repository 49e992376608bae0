package org.w3id.rikg.server.page;

import org.apache.jena.rdflink.RDFLink;
import org.springframework.stereotype.Service;
import org.w3id.rikg.server.store.StoredQuery;
import org.w3id.rikg.server.store.GraphStore;

/** The few numbers the start page shows, counted in the store. */
@Service
public class HomeStatistics {

    private static final StoredQuery COUNTS = StoredQuery.load("page/home-counts.rq");

    private final GraphStore store;

    public HomeStatistics(GraphStore store) {
        this.store = store;
    }

    public record Counts(long districts, long foundingMembers, long laws, long practices, long graphs) {
    }

    public Counts read() {
        return COUNTS.select(store, rows -> {
            if (!rows.hasNext()) {
                return new Counts(0, 0, 0, 0, 0);
            }
            var row = rows.next();
            return new Counts(count(row, "districts"), count(row, "founders"), count(row, "laws"),
                    count(row, "practices"), count(row, "graphs"));
        });
    }

    private static long count(org.apache.jena.sparql.engine.binding.Binding row, String variable) {
        var node = row.get(variable);
        return node == null ? 0 : Long.parseLong(node.getLiteralLexicalForm());
    }
}
