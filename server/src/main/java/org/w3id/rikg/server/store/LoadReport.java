package org.w3id.rikg.server.store;

import java.time.Duration;
import java.util.List;

/**
 * What the bundle loader did on start: which graphs it (re)loaded, which were already current, which it
 * removed because the bundle no longer ships them.
 */
public record LoadReport(List<GraphLoad> loaded, List<String> unchanged, List<String> removed, Duration took) {

    /** One graph written to the store. */
    public record GraphLoad(String graphIri, long triples, String sha256) {
    }

    public boolean changedAnything() {
        return !loaded.isEmpty() || !removed.isEmpty();
    }

    public long triplesLoaded() {
        return loaded.stream().mapToLong(GraphLoad::triples).sum();
    }
}
