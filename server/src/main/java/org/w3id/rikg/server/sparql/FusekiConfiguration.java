package org.w3id.rikg.server.sparql;

import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.server.OperationRegistry;
import org.apache.jena.fuseki.servlets.FusekiFilter;
import org.apache.jena.sparql.core.DatasetGraph;
import java.util.Set;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.w3id.rikg.server.sparql.guard.Admission;
import org.w3id.rikg.server.sparql.guard.FatalErrors;
import org.w3id.rikg.server.sparql.guard.GuardedFunctions;
import org.w3id.rikg.server.sparql.guard.MemoryGuard;
import org.w3id.rikg.server.sparql.guard.QueryPolicy;
import org.w3id.rikg.server.store.GraphStore;
import org.w3id.rikg.server.web.FilterOrder;
import org.w3id.rikg.server.web.ServiceUrls;
import org.w3id.rikg.server.store.StoreProperties;
import org.w3id.rikg.server.store.LoadReport;

/**
 * Serves the store over the SPARQL 1.1 protocols with Apache Jena Fuseki, on the same port as the rest
 * of the application.
 *
 * <p>Fuseki's request dispatcher ({@link FusekiFilter}) runs as a servlet filter for two paths:
 * {@value #SPARQL_PATH} (SPARQL 1.1 Query: GET, POST form, POST {@code application/sparql-query}) and
 * {@value #DATA_PATH} (Graph Store Protocol, read only: {@code /data?graph=…}). It finds its datasets and
 * operation handlers in the servlet context, where {@link #fusekiRegistries} puts them. Fuseki's own UI,
 * admin API and Shiro are not used; security, when it comes, is Spring Security's. Queries go through
 * {@link GuardedQueryProcessor}, which adds the limits a public endpoint needs (see {@link SparqlProperties}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SparqlProperties.class)
public class FusekiConfiguration {

    public static final String SPARQL_PATH = ServiceUrls.SPARQL_PATH;
    public static final String DATA_PATH = ServiceUrls.DATA_PATH;

    @Bean(destroyMethod = "close")
    MemoryGuard memoryGuard(SparqlProperties properties) {
        FatalErrors.install();
        return MemoryGuard.start(properties.memory().stopQueriesAbove());
    }

    @Bean
    Admission admission(SparqlProperties properties) {
        SparqlProperties.Admission limits = properties.admission();
        return new Admission(limits.maxConcurrent(), limits.maxConcurrentPerClient(), limits.queueWait());
    }

    @Bean
    ServletContextInitializer fusekiRegistries(GraphStore store, LoadReport bundleLoaded,
                                               StoreProperties.Sparql execution, SparqlProperties limits,
                                               Admission admission, MemoryGuard memoryGuard) {
        // Taking the load report as a parameter makes Fuseki start only after the bundle is loaded.
        DatasetGraph dataset = store.embedded().orElseThrow();
        GuardedFunctions.install();
        OperationRegistry operations = OperationRegistry.createStd();
        operations.register(Operation.Query, new GuardedQueryProcessor(
                new QueryPolicy(Set.copyOf(execution.federation().allowedEndpoints())), admission, memoryGuard,
                execution.timeout().toMillis(), limits.maxResultRows(), limits.admission().retryAfter().toSeconds()));
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
        registration.setOrder(FilterOrder.FUSEKI);
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
