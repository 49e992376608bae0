package org.w3id.rikg.server.sparql.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpProcedure;
import org.apache.jena.sparql.algebra.op.OpPropFunc;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.op.OpTriple;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunction0;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.ExprFunction2;
import org.apache.jena.sparql.expr.ExprFunction3;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.P_NegPropSet;
import org.apache.jena.sparql.path.P_ReverseLink;
import org.apache.jena.sparql.path.P_Path1;
import org.apache.jena.sparql.path.P_Path2;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.MappedLoader;

/**
 * What a query from the public endpoint may not do, checked on the parsed query before it runs.
 *
 * <ul>
 *   <li>{@code SERVICE}: only to an endpoint on the federation allow-list (none by default). Otherwise the
 *       server would fetch any URL a client names, including hosts only it can reach (SSRF), and a
 *       {@code file:} IRI would read local files.</li>
 *   <li>{@code java:} IRIs, as functions or property functions: ARQ loads and runs the named class from the
 *       classpath. Refused anywhere in the query.</li>
 *   <li>functions of ARQ's library that its namespaces ({@code afn:}, …) load by class name and that do
 *       not belong on a public endpoint ({@link #REFUSED_LIBRARY_FUNCTIONS}), and unknown {@code apf:}
 *       property functions.</li>
 * </ul>
 *
 * <pre>{@code
 * new QueryPolicy(Set.of()).check(QueryFactory.create(text)); // throws QueryRefusedException
 * }</pre>
 */
public final class QueryPolicy {

    private static final String JAVA = "java:";

    /**
     * Classes of ARQ's function library that its namespaces ({@code afn:} and older names) load by name and
     * that a public endpoint must not run: unguarded regular expressions (the guarded ones are
     * {@code fn:matches}, {@code fn:replace}), functions that call other functions by a runtime IRI (and so
     * around this check), sleep past the timeout, print to the server's console or read its context.
     */
    static final Set<String> REFUSED_FUNCTIONS = Set.of("http://www.w3.org/2005/xpath-functions#apply");

    static final Set<String> REFUSED_LIBRARY_FUNCTIONS = Set.of("FN_Matches", "FN_StrReplace", "FN_Apply", "eval",
            "wait", "print", "context", "SystemVar");

    private final Set<String> allowedServices;

    public QueryPolicy(Set<String> allowedServices) {
        this.allowedServices = Set.copyOf(allowedServices);
    }

    /** Throws {@link QueryRefusedException} naming every refused part of {@code query}. */
    public void check(Query query) {
        List<String> problems = problems(query);
        if (!problems.isEmpty()) {
            throw new QueryRefusedException(String.join("; ", problems));
        }
    }

    /** The refused parts of {@code query}, in words a person understands; empty when it may run. */
    public List<String> problems(Query query) {
        List<String> problems = new ArrayList<>();
        Op op = Algebra.compile(query);
        Exprs exprs = new Exprs(problems);
        Walker.walk(op, new Ops(problems, exprs), exprs);
        return problems.stream().distinct().toList();
    }

    private final class Ops extends OpVisitorBase {
        private final List<String> problems;
        private final Exprs exprs;

        Ops(List<String> problems, Exprs exprs) {
            this.problems = problems;
            this.exprs = exprs;
        }

        @Override
        public void visit(OpOrder op) {
            op.getConditions().forEach(c -> Walker.walk(c.getExpression(), this, exprs));
        }

        @Override
        public void visit(OpService op) {
            Node service = op.getService();
            if (!service.isURI()) {
                problems.add("SERVICE with a variable endpoint is not allowed on this endpoint");
            } else if (!allowedServices.contains(service.getURI())) {
                problems.add("SERVICE <" + service.getURI() + "> is not allowed: this endpoint does not send "
                        + "queries to other servers" + (allowedServices.isEmpty() ? "" : " except " + allowedServices));
            }
        }

        @Override
        public void visit(OpBGP op) {
            op.getPattern().forEach(this::triple);
        }

        @Override
        public void visit(OpTriple op) {
            triple(op.getTriple());
        }

        @Override
        public void visit(OpQuadPattern op) {
            op.getPattern().forEach(q -> triple(q.asTriple()));
        }

        @Override
        public void visit(OpPath op) {
            TriplePath path = op.getTriplePath();
            if (path.isTriple()) {
                triple(path.asTriple());
            } else {
                path(path.getPath());
            }
        }

        @Override
        public void visit(OpPropFunc op) {
            predicate(op.getProperty());
        }

        @Override
        public void visit(OpProcedure op) {
            Node id = op.getProcId();
            if (id.isURI() && (id.getURI().startsWith(JAVA) || MappedLoader.mapDynamicURI(id.getURI()) != null)) {
                problems.add("<" + id.getURI() + ">: procedures are not allowed");
            }
        }

        private void triple(Triple triple) {
            predicate(triple.getPredicate());
            refuseJava(triple.getSubject());
            refuseJava(triple.getObject());
        }

        private void predicate(Node predicate) {
            if (predicate.isURI()) {
                String uri = predicate.getURI();
                if (uri.startsWith(JAVA)) {
                    problems.add("<" + uri + ">: java: property functions are not allowed");
                } else if (MappedLoader.mapDynamicURI(uri) != null && !PropertyFunctionRegistry.get().manages(uri)) {
                    problems.add("<" + uri + "> is not a known property function");
                }
            }
        }

        private void refuseJava(Node node) {
            if (node.isURI() && node.getURI().startsWith(JAVA)) {
                problems.add("<" + node.getURI() + ">: java: IRIs are not allowed");
            }
        }

        private void path(Path path) {
            if (path instanceof P_Link link) {
                predicate(link.getNode());
            } else if (path instanceof P_ReverseLink link) {
                predicate(link.getNode());
            } else if (path instanceof P_NegPropSet set) {
                set.getNodes().forEach(n -> predicate(n.getNode()));
            } else if (path instanceof P_Path1 one) {
                path(one.getSubPath());
            } else if (path instanceof P_Path2 two) {
                path(two.getLeft());
                path(two.getRight());
            }
        }
    }

    private static final class Exprs extends ExprVisitorBase {
        private final List<String> problems;

        Exprs(List<String> problems) {
            this.problems = problems;
        }

        @Override
        public void visit(ExprFunction0 func) {
            check(func);
        }

        @Override
        public void visit(ExprFunction1 func) {
            check(func);
        }

        @Override
        public void visit(ExprFunction2 func) {
            check(func);
        }

        @Override
        public void visit(ExprFunction3 func) {
            check(func);
        }

        @Override
        public void visit(ExprFunctionN func) {
            check(func);
        }

        private void check(ExprFunction func) {
            String iri = func.getFunctionIRI();
            if (iri == null) {
                return;
            }
            if (iri.startsWith(JAVA)) {
                problems.add("<" + iri + ">: java: functions are not allowed");
                return;
            }
            if (REFUSED_FUNCTIONS.contains(iri)) {
                problems.add("<" + iri + "> is not available on this endpoint: it calls a function named at run time");
                return;
            }
            String mapped = MappedLoader.mapDynamicURI(iri);
            if (mapped != null && REFUSED_LIBRARY_FUNCTIONS.contains(mapped.substring(mapped.lastIndexOf('.') + 1))) {
                problems.add("<" + iri + "> is not available on this endpoint");
            }
        }
    }
}
