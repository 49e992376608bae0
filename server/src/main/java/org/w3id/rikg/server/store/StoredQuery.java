package org.w3id.rikg.server.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;

/**
 * A SPARQL query of the query catalogue: one {@code .rq} file under {@code sparql/} on the classpath, with
 * its {@link QueryHeader} ({@code #+} decorators: summary, parameters), run through the {@link GraphStore}
 * with bound parameters. Values are substituted into the parsed query, never spliced into its text, so input
 * cannot change a query's shape; binding a variable the query does not have, or a parameter its header
 * does not declare, is an error.
 *
 * <pre>{@code
 * StoredQuery exists = StoredQuery.load("linkeddata/exists.rq");
 * boolean found = store.ask(exists.bind("resource", NodeFactory.createURI(iri)));
 * }</pre>
 */
public final class StoredQuery {

    /** Where the query files live on the classpath. */
    public static final String ROOT = "sparql/";

    private static final Map<String, Parsed> CACHE = new ConcurrentHashMap<>();

    private record Parsed(Query query, QueryHeader header, Set<String> variables) {
    }

    private final String name;
    private final Parsed parsed;
    private final Map<String, Node> bindings;

    private StoredQuery(String name, Parsed parsed, Map<String, Node> bindings) {
        this.name = name;
        this.parsed = parsed;
        this.bindings = bindings;
    }

    /** Loads and parses {@code sparql/<name>}; fails fast when the file is missing or malformed. */
    public static StoredQuery load(String name) {
        return new StoredQuery(name, CACHE.computeIfAbsent(name, StoredQuery::parse), Map.of());
    }

    /** A query from text, e.g. a research query of the ontology module; {@code name} says where it is from. */
    public static StoredQuery of(String name, String text) {
        return new StoredQuery(name, parse(name, text), Map.of());
    }

    private static Parsed parse(String name) {
        String path = ROOT + name;
        try (InputStream in = StoredQuery.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("No stored query " + path + " on the classpath");
            }
            return parse(path, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }

    private static Parsed parse(String path, String text) {
        Query query;
        try {
            query = QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new IllegalStateException("Stored query " + path + " does not parse: " + e.getMessage(), e);
        }
        Set<String> variables = OpVars.mentionedVars(Algebra.compile(query)).stream().map(Var::getVarName)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        query.getProjectVars().forEach(v -> variables.add(v.getVarName()));
        if (query.isConstructType()) {
            query.getConstructTemplate().getQuads().forEach(q -> java.util.stream.Stream.of(q.getGraph(), q.getSubject(),
                    q.getPredicate(), q.getObject()).filter(Node::isVariable).forEach(n -> variables.add(n.getName())));
        }
        if (query.isDescribeType()) {
            query.getResultVars().forEach(variables::add);
        }
        QueryHeader header = QueryHeader.parse(path, text);
        for (QueryHeader.Parameter parameter : header.parameters()) {
            if (!variables.contains(parameter.name())) {
                throw new IllegalStateException("Stored query " + path + " declares parameter ?" + parameter.name()
                        + ", which the query does not use");
            }
        }
        return new Parsed(query, header, Set.copyOf(variables));
    }

    /**
     * A copy of this query with {@code ?variable} bound to {@code value}.
     *
     * @throws IllegalArgumentException when the query has no such variable, or its header declares
     *                                  parameters and this is not one of them
     */
    public StoredQuery bind(String variable, Node value) {
        if (!parsed.variables().contains(variable)) {
            throw new IllegalArgumentException("Stored query " + name + " has no variable ?" + variable
                    + " (it has " + parsed.variables() + ")");
        }
        if (!parsed.header().parameters().isEmpty() && parsed.header().parameter(variable).isEmpty()) {
            throw new IllegalArgumentException("?" + variable + " is not a parameter of stored query " + name
                    + " (its parameters: " + parsed.header().parameterNames() + ")");
        }
        Map<String, Node> more = new LinkedHashMap<>(bindings);
        more.put(variable, value);
        return new StoredQuery(name, parsed, Map.copyOf(more));
    }

    /** The parsed query text, without bindings. */
    public Query query() {
        return parsed.query();
    }

    /** The header: summary, parameters. */
    public QueryHeader header() {
        return parsed.header();
    }

    /** The values bound so far. */
    public Map<String, Node> bindings() {
        return bindings;
    }

    public String name() {
        return name;
    }

    /** Runs this SELECT on {@code store}: {@code store.select(this, reader)}. */
    public <T> T select(GraphStore store, Function<RowSet, T> reader) {
        return store.select(this, reader);
    }

    /** Runs this CONSTRUCT or DESCRIBE on {@code store}. */
    public Graph construct(GraphStore store) {
        return store.construct(this);
    }

    /** Runs this ASK on {@code store}. */
    public boolean ask(GraphStore store) {
        return store.ask(this);
    }

    private QueryExec exec(RDFLink link) {
        QueryExecBuilder builder = link.newQuery().query(parsed.query());
        bindings.forEach((variable, value) -> builder.substitution(Var.alloc(variable), value));
        return builder.build();
    }

    /** Runs a SELECT over {@code link} (for {@link GraphStore} implementations). */
    <T> T select(RDFLink link, Function<RowSet, T> reader) {
        return Txn.calculateRead(link, () -> {
            try (QueryExec exec = exec(link)) {
                return reader.apply(exec.select());
            }
        });
    }

    /** Runs a CONSTRUCT or DESCRIBE over {@code link}. */
    Graph construct(RDFLink link) {
        return Txn.calculateRead(link, () -> {
            try (QueryExec exec = exec(link)) {
                return query().isDescribeType() ? exec.describe() : exec.construct();
            }
        });
    }

    /** Runs an ASK over {@code link}. */
    boolean ask(RDFLink link) {
        return Txn.calculateRead(link, () -> {
            try (QueryExec exec = exec(link)) {
                return exec.ask();
            }
        });
    }
}
