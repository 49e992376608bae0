package org.w3id.rikg.server.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the knowledge graph lives and what is loaded into it on start.
 *
 * <p>Every value has a default in {@code application.yml} and can be overridden by an environment
 * variable through Spring's relaxed binding, e.g. {@code RIKG_STORE_LOCATION=/srv/rikg/tdb2}.
 *
 * @param location  the TDB2 database folder (one JVM per folder: TDB2 locks it)
 * @param manifests Spring resource patterns of the bundle manifests ({@code graphs.tsv}) to load
 * @param load      whether to load the bundled graphs on start
 */
@ConfigurationProperties(prefix = "rikg.store")
public record StoreProperties(Path location, List<String> manifests, boolean load) {

    public StoreProperties {
        if (location == null) {
            location = Path.of("run", "store");
        }
        if (manifests == null || manifests.isEmpty()) {
            manifests = List.of(BundleManifest.CLASSPATH_PATTERN);
        }
    }

    /**
     * How every query on the store is executed, whoever sends it.
     *
     * @param timeout            a query running longer than this is stopped
     * @param spillThreshold     ORDER BY, DISTINCT and REDUCED keep at most this many rows in memory per
     *                           query and spill the rest to temporary files, so that sorting cannot fill the heap
     * @param federation         which remote SPARQL endpoints {@code SERVICE} may call (none by default)
     */
    @ConfigurationProperties(prefix = "rikg.sparql")
    public record Sparql(Duration timeout, Long spillThreshold, Federation federation) {
        public Sparql {
            if (timeout == null) {
                timeout = Duration.ofSeconds(60);
            }
            if (spillThreshold == null) {
                spillThreshold = 10_000L;
            }
            if (federation == null) {
                federation = new Federation(List.of());
            }
        }
    }

    /**
     * Federated queries. {@code SERVICE} lets a query make this server send requests to another server;
     * on a public endpoint that is a way to reach hosts behind it (SSRF), so it is refused unless the
     * endpoint is listed here exactly, e.g. {@code RIKG_SPARQL_FEDERATION_ALLOWEDENDPOINTS=https://query.wikidata.org/sparql}.
     *
     * @param allowedEndpoints the {@code SERVICE} IRIs a query may call; empty: none
     */
    public record Federation(List<String> allowedEndpoints) {
        public Federation {
            allowedEndpoints = allowedEndpoints == null ? List.of() : List.copyOf(allowedEndpoints);
        }

        public boolean allows(String endpoint) {
            return allowedEndpoints.contains(endpoint);
        }
    }
}
