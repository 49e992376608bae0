package org.w3id.rikg.server.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.system.Txn;

/**
 * A SPARQL query kept in a {@code .rq} file under {@code sparql/} on the classpath, run with bound
 * parameters. Values are substituted into the parsed query (never spliced into text), so user input can
 * never change a query's shape.
 *
 * <pre>{@code
 * StoredQuery describe = StoredQuery.load("linkeddata/describe.rq");
 * try (RDFLink link = store.connect()) {
 *     RowSet rows = describe.bind("resource", NodeFactory.createURI(iri)).select(link);
 * }
 * }</pre>
 */
public final class StoredQuery {

    /** Where the query files live on the classpath. */
    public static final String ROOT = "sparql/";

    private static final Map<String, Query> CACHE = new ConcurrentHashMap<>();

    private final String name;
    private final Query query;
    private final Map<String, Node> bindings;

    private StoredQuery(String name, Query query, Map<String, Node> bindings) {
        this.name = name;
        this.query = query;
        this.bindings = bindings;
    }

    /** Loads and parses {@code sparql/<name>}; fails fast when the file is missing or malformed. */
    public static StoredQuery load(String name) {
        Query query = CACHE.computeIfAbsent(name, StoredQuery::parse);
        return new StoredQuery(name, query, Map.of());
    }

    static Query parse(String name) {
        String path = ROOT + name;
        try (InputStream in = StoredQuery.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("No stored query " + path + " on the classpath");
            }
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        } catch (QueryParseException e) {
            throw new IllegalStateException("Stored query " + path + " does not parse: " + e.getMessage(), e);
        }
    }

    /** A copy of this query with {@code ?variable} bound to {@code value}. */
    public StoredQuery bind(String variable, Node value) {
        Map<String, Node> more = new LinkedHashMap<>(bindings);
        more.put(variable, value);
        return new StoredQuery(name, query, Map.copyOf(more));
    }

    /** The parsed query text, without bindings. */
    public Query query() {
        return query;
    }

    private QueryExec exec(RDFLink link) {
        QueryExecBuilder builder = link.newQuery().query(query);
        bindings.forEach((variable, value) -> builder.substitution(Var.alloc(variable), value));
        return builder.build();
    }

    public String name() {
        return name;
    }

    /** Runs a SELECT and hands the rows to the caller while the execution is open. */
    public <T> T select(RDFLink link, java.util.function.Function<RowSet, T> reader) {
        return Txn.calculateRead(link, () -> {
            try (QueryExec exec = exec(link)) {
                return reader.apply(exec.select());
            }
        });
    }

    /** Runs a CONSTRUCT or DESCRIBE. */
    public org.apache.jena.graph.Graph construct(RDFLink link) {
        return Txn.calculateRead(link, () -> {
            try (QueryExec exec = exec(link)) {
                return exec.construct();
            }
        });
    }

    /** Runs an ASK. */
    public boolean ask(RDFLink link) {
        return Txn.calculateRead(link, () -> {
            try (QueryExec exec = exec(link)) {
                return exec.ask();
            }
        });
    }

}
