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

    /** SPARQL settings that concern the store as a whole. */
    @ConfigurationProperties(prefix = "rikg.sparql")
    public record Sparql(Duration timeout) {
        public Sparql {
            if (timeout == null) {
                timeout = Duration.ofSeconds(60);
            }
        }
    }
}
