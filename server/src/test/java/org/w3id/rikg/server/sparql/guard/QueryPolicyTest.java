package org.w3id.rikg.server.sparql.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What the public endpoint refuses before a query runs, and what it lets through. */
class QueryPolicyTest {

    private static final String ALLOWED = "https://query.wikidata.org/sparql";
    private final QueryPolicy policy = new QueryPolicy(Set.of(ALLOWED));

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\u0000', value = {
            "SELECT * { SERVICE <http://127.0.0.1:8080/x> { ?s ?p ?o } }|SERVICE <http://127.0.0.1:8080/x> is not allowed",
            "SELECT * { SERVICE ?e { ?s ?p ?o } }|variable endpoint",
            "SELECT * { ?s ?p ?o FILTER EXISTS { SERVICE <file:///etc/passwd> { ?s ?p ?o } } }|SERVICE <file:///etc/passwd>",
            "SELECT * { { SELECT * { SERVICE <http://x/> { ?s ?p ?o } } } }|SERVICE <http://x/>",
            "SELECT (<java:org.apache.jena.sparql.function.library.FN_StrLength>('a') AS ?n) {}|java: functions are not allowed",
            "SELECT * { ?s ?p ?o } ORDER BY <java:a.B>(?o)|java: functions are not allowed",
            "SELECT * { ?t <java:org.apache.jena.sparql.pfunction.library.strSplit> ('a b' ' ') }|java: property functions",
            "SELECT * { ?s <urn:p>/<java:x.Y>+ ?o }|java: property functions",
            "SELECT * { <java:x.Y> ?p ?o }|java: IRIs are not allowed",
            "PREFIX afn: <http://jena.apache.org/ARQ/function#> ASK { FILTER(afn:wait(1000)) }|not available",
            "PREFIX fn: <http://www.w3.org/2005/xpath-functions#> SELECT (fn:apply(?f, 1) AS ?x) {}|calls a function named at run time",
            "PREFIX apf: <http://jena.apache.org/ARQ/property#> SELECT * { ?x apf:noSuchThing ('a') }|not a known property function"})
    void refuses(String query, String reason) {
        assertThat(String.join("; ", policy.problems(QueryFactory.create(query)))).contains(reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "SELECT * { SERVICE <https://query.wikidata.org/sparql> { ?s ?p ?o } }",
            "SELECT * { ?s ?p ?o FILTER(REGEX(?o, 'a')) } ORDER BY ?o LIMIT 5",
            "PREFIX afn: <http://jena.apache.org/ARQ/function#> SELECT (afn:localname(?s) AS ?l) { ?s ?p ?o }",
            "PREFIX apf: <http://jena.apache.org/ARQ/property#> SELECT * { ?t apf:strSplit ('a b' ' ') }",
            "SELECT * FROM <http://example.org/g> { ?s <http://example.org/p>/<http://example.org/q>* ?o }",
            "DESCRIBE <https://w3id.org/rikg/id/district/12061>"})
    void allows(String query) {
        assertThat(policy.problems(QueryFactory.create(query))).isEmpty();
    }
}
