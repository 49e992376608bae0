package org.w3id.rikg.server.system;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;
import org.w3id.rikg.server.web.FilterOrder;

/**
 * Cross-origin access (CORS) for everything that serves data, so that browser clients on other sites
 * can read RIKG: {@code Access-Control-Allow-Origin: *}, no credentials.
 *
 * <ul>
 * <li>Data, read only (GET, HEAD): resource URIs and their documents ({@code /id/**}, {@code /ontology…},
 *     {@code /graph/**}, {@code /shapes/**}), the Graph Store Protocol {@code /data}, the JSON-LD context,
 *     the dataset description and IRI, the dumps.</li>
 * <li>SPARQL ({@code /sparql}): GET, HEAD and POST (form or {@code application/sparql-query}), with
 *     preflight {@code OPTIONS} answered here.</li>
 * </ul>
 *
 * <p>Headers a script needs to see are exposed: ETag, Link, Location, Vary, Content-Location,
 * Content-Disposition. The filter runs before all others that answer requests (Fuseki's filter for
 * {@code /sparql} and {@code /data} included), so it covers them too.
 */
@Configuration(proxyBeanMethods = false)
public class CrossOriginConfiguration {

    /** Paths whose representations any origin may read. */
    public static final List<String> DATA_PATHS = List.of("/id/**", "/ontology", "/ontology.*", "/ontology/**",
            "/graph/**", "/shapes/**", "/data", "/data/**", "/context.jsonld", "/.well-known/void", "/.well-known/void.*", "/dataset",
            "/dumps/**");

    /** Paths any origin may query, also by POST. */
    public static final List<String> SPARQL_PATHS = List.of("/sparql", "/sparql/**");

    /** Runs right after Spring's forwarded-header filter (highest precedence), before every other filter. */
    public static final int ORDER = FilterOrder.CORS;

    static final List<String> EXPOSED = List.of(HttpHeaders.ETAG, HttpHeaders.LINK, HttpHeaders.LOCATION,
            HttpHeaders.VARY, HttpHeaders.CONTENT_LOCATION, HttpHeaders.CONTENT_DISPOSITION);

    @Bean
    FilterRegistrationBean<CorsFilter> corsFilter() {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        CorsConfiguration read = policy(List.of("GET", "HEAD"));
        CorsConfiguration query = policy(List.of("GET", "HEAD", "POST"));
        DATA_PATHS.forEach(path -> source.registerCorsConfiguration(path, read));
        SPARQL_PATHS.forEach(path -> source.registerCorsConfiguration(path, query));
        FilterRegistrationBean<CorsFilter> registration = new FilterRegistrationBean<>(new CorsFilter(source));
        registration.setName("cors");
        registration.setOrder(ORDER);
        return registration;
    }

    private static CorsConfiguration policy(List<String> methods) {
        CorsConfiguration policy = new CorsConfiguration();
        policy.addAllowedOrigin("*");
        policy.setAllowedMethods(methods);
        policy.addAllowedHeader("*");
        policy.setExposedHeaders(EXPOSED);
        policy.setAllowCredentials(false);
        policy.setMaxAge(Duration.ofDays(1));
        return policy;
    }
}
