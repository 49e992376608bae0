package org.w3id.rikg.server.sparql;

import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.server.OperationRegistry;
import org.apache.jena.fuseki.servlets.FusekiFilter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.w3id.rikg.server.store.EmbeddedTdb2Store;
import org.w3id.rikg.server.store.LoadReport;

/**
 * Serves the store over the SPARQL 1.1 protocols with Apache Jena Fuseki, on the same port as the rest
 * of the application.
 *
 * <p>Fuseki's request dispatcher ({@link FusekiFilter}) runs as a servlet filter for two paths:
 * {@value #SPARQL_PATH} (SPARQL 1.1 Query: GET, POST form, POST {@code application/sparql-query}) and
 * {@value #DATA_PATH} (Graph Store Protocol, read only: {@code /data?graph=…}). It finds its datasets and
 * operation handlers in the servlet context, where {@link #fusekiRegistries} puts them. Fuseki's own UI,
 * admin API and Shiro are not used; security, when it comes, is Spring Security's.
 */
@Configuration(proxyBeanMethods = false)
public class FusekiConfiguration {

    public static final String SPARQL_PATH = "/sparql";
    public static final String DATA_PATH = "/data";

    @Bean
    ServletContextInitializer fusekiRegistries(EmbeddedTdb2Store store, LoadReport bundleLoaded) {
        // Taking the load report as a parameter makes Fuseki start only after the bundle is loaded.
        DatasetGraph dataset = store.embedded().orElseThrow();
        OperationRegistry operations = OperationRegistry.createStd();
        DataAccessPointRegistry registry = new DataAccessPointRegistry();
        registry.register(accessPoint(SPARQL_PATH, dataset, Operation.Query, operations));
        registry.register(accessPoint(DATA_PATH, dataset, Operation.GSP_R, operations));
        return servletContext -> {
            OperationRegistry.set(servletContext, operations);
            DataAccessPointRegistry.set(servletContext, registry);
        };
    }

    @Bean
    FilterRegistrationBean<FusekiFilter> fusekiFilter() {
        FilterRegistrationBean<FusekiFilter> registration = new FilterRegistrationBean<>(new FusekiFilter());
        registration.addUrlPatterns(SPARQL_PATH, SPARQL_PATH + "/*", DATA_PATH, DATA_PATH + "/*");
        registration.setName("fuseki");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }

    private static DataAccessPoint accessPoint(String name, DatasetGraph dataset, Operation operation,
                                               OperationRegistry operations) {
        DataService service = DataService.newBuilder(dataset).addEndpoint(operation).build();
        service.setEndpointProcessors(operations);
        service.goActive();
        return new DataAccessPoint(name, service);
    }
}
