package org.w3id.rikg.server.store;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Opens the store and brings it up to date with the bundle before anything serves requests.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({StoreProperties.class, StoreProperties.Sparql.class})
public class StoreConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedTdb2Store graphStore(StoreProperties properties, StoreProperties.Sparql sparql) {
        return new EmbeddedTdb2Store(properties, sparql);
    }

    @Bean
    LoadReport loadReport(EmbeddedTdb2Store store, StoreProperties properties) {
        if (!properties.load()) {
            return new LoadReport(java.util.List.of(), java.util.List.of(), java.util.List.of(), java.time.Duration.ZERO);
        }
        return BundleLoader.load(store, BundleManifest.resolve(properties.manifests()));
    }
}
