package org.w3id.rikg.server.sparql.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The guarded regular-expression functions give ARQ's own answers on ordinary input (run side by side on
 * the same query), and end a backtracking match once the query on the thread is over.
 */
class GuardedRegexTest {

    @BeforeAll
    static void install() {
        GuardedFunctions.install();
    }

    static Stream<String> queries() {
        String values = "VALUES ?s { \"Antje\" \"klaus\" \"Ärger\"@de \"a.b.c\" \"\" \"aaa\" \"Line1\\nline2\" }";
        return Stream.of(
                "SELECT ?s ?m { " + values + " BIND(REGEX(?s, \"^a\") AS ?m) }",
                "SELECT ?s ?m { " + values + " BIND(REGEX(?s, \"^a\", \"i\") AS ?m) }",
                "SELECT ?s ?m { " + values + " BIND(REGEX(?s, \".\", \"q\") AS ?m) }",
                "SELECT ?s ?m { " + values + " BIND(REGEX(?s, \"^line\", \"mi\") AS ?m) }",
                "SELECT ?s ?m { " + values + " BIND(\"^k\" AS ?p) BIND(REGEX(?s, ?p) AS ?m) }",
                "SELECT ?s ?r { " + values + " BIND(REPLACE(?s, \"a\", \"x\") AS ?r) }",
                "SELECT ?s ?r { " + values + " BIND(REPLACE(?s, \"(.)\\\\.\", \"$1-\") AS ?r) }",
                "SELECT ?s ?r { " + values + " BIND(REPLACE(?s, \"x*\", \"-\") AS ?r) }",
                "SELECT ?s ?r { " + values + " BIND(REPLACE(?s, \"A\", \"b\", \"i\") AS ?r) }",
                "PREFIX fn: <http://www.w3.org/2005/xpath-functions#> SELECT ?s ?m { " + values + " BIND(fn:matches(?s, \"r\") AS ?m) }",
                "PREFIX fn: <http://www.w3.org/2005/xpath-functions#> SELECT ?s ?r { " + values + " BIND(fn:replace(?s, \"[aeiou]\", \"_\") AS ?r) }",
                "PREFIX apf: <http://jena.apache.org/ARQ/property#> SELECT ?t { ?t apf:strSplit (\"a, b ,c\" \",\") }");
    }

    @ParameterizedTest
    @MethodSource("queries")
    void givesArqsAnswers(String text) {
        Query query = QueryFactory.create(text);
        Query guarded = GuardedRegex.guard(query);

        ResultSetRewindable expected = select(query);
        ResultSetRewindable actual = select(guarded);

        assertThat(actual.size()).isGreaterThan(0);
        assertThat(ResultSetCompare.equalsByTerm(expected, actual)).as(text).isTrue();
    }

    private static ResultSetRewindable select(Query query) {
        try (QueryExecution exec = QueryExecutionFactory.create(query, DatasetFactory.create())) {
            return ResultSetFactory.copyResults(exec.execSelect());
        }
    }

    @Test
    void aBacktrackingMatchEndsWhenTheQueryIsOver() {
        String text = "a".repeat(32) + "!";
        java.util.regex.Pattern pattern = java.util.regex.Pattern.compile("(.*a){12}b");
        long start = System.nanoTime();
        try (RunningQuery running = RunningQuery.start(300)) {
            assertThatThrownBy(() -> GuardedRegex.find(pattern, text)).isInstanceOf(QueryCancelledException.class);
        }
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2000);
    }

    @Test
    void withoutARunningQueryTheTextIsPlain() {
        assertThat(GuardedChars.of("abc")).isInstanceOf(String.class);
        try (RunningQuery running = RunningQuery.start(1000)) {
            CharSequence guarded = GuardedChars.of("abcdef");
            assertThat(guarded.subSequence(1, 4).toString()).isEqualTo("bcd");
            assertThat(guarded.length()).isEqualTo(6);
        }
        assertThat(List.of(GuardedChars.of("x"))).containsExactly("x");
    }
}
