package org.w3id.rikg.server.sparql.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.pfunction.PFuncSimpleAndList;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.IterLib;

/**
 * The regular-expression functions that ARQ registers by IRI ({@code fn:matches}, {@code fn:replace},
 * {@code apf:strSplit}), replaced in ARQ's registries by versions that end when their query is over
 * (see {@link GuardedRegex}). {@link #install()} is idempotent.
 */
public final class GuardedFunctions {

    public static final String FN = "http://www.w3.org/2005/xpath-functions#";
    public static final String APF = ARQConstants.ARQPropertyFunctionLibraryURI;

    private GuardedFunctions() {
    }

    public static synchronized void install() {
        FunctionRegistry.get().put(FN + "matches", Matches.class);
        FunctionRegistry.get().put(FN + "replace", Replace.class);
        // ARQ looks apf: property functions up under the java: IRI their namespace maps to.
        PropertyFunctionRegistry.get().put(ARQConstants.ARQPropertyFunctionLibrary + "strSplit", StrSplit.class);
    }

    /** {@code fn:matches(text, pattern [, flags])}. */
    public static final class Matches extends FunctionBase {
        @Override
        public void checkBuild(String uri, ExprList args) {
            if (args.size() != 2 && args.size() != 3) {
                throw new QueryBuildException("matches: wanted 2 or 3 arguments, got " + args.size());
            }
        }

        @Override
        public NodeValue exec(List<NodeValue> args) {
            Node text = org.apache.jena.sparql.expr.nodevalue.NodeValueOps.checkAndGetStringLiteral("matches", args.get(0));
            Pattern pattern = GuardedRegex.compile("matches", args.get(1), args.size() > 2 ? args.get(2) : null);
            return NodeValue.booleanReturn(GuardedRegex.find(pattern, text.getLiteralLexicalForm()));
        }
    }

    /** {@code fn:replace(text, pattern, replacement [, flags])}. */
    public static final class Replace extends FunctionBase {
        @Override
        public void checkBuild(String uri, ExprList args) {
            if (args.size() != 3 && args.size() != 4) {
                throw new QueryBuildException("fn:replace: wanted 3 or 4 arguments, got " + args.size());
            }
        }

        @Override
        public NodeValue exec(List<NodeValue> args) {
            Pattern pattern = GuardedRegex.compile("replace", args.get(1), args.size() > 3 ? args.get(3) : null);
            return GuardedRegex.replace(args.get(0), pattern, args.get(2));
        }
    }

    /** {@code ?token apf:strSplit (text regex)}: the tokens of {@code text} split at {@code regex}, trimmed. */
    public static final class StrSplit extends PFuncSimpleAndList {
        @Override
        public void build(PropFuncArg argSubject, Node predicate, PropFuncArg argObject, ExecutionContext execCxt) {
            super.build(argSubject, predicate, argObject, execCxt);
            if (argObject.getArgListSize() != 2) {
                throw new QueryBuildException("Object list must contain exactly two arguments, the string to split and a regular expression");
            }
        }

        @Override
        public QueryIterator execEvaluated(Binding binding, Node subject, Node predicate, PropFuncArg object,
                                           ExecutionContext execCxt) {
            if (!object.getArg(0).isLiteral() || !object.getArg(1).isLiteral()) {
                return IterLib.noResults(execCxt);
            }
            Pattern pattern;
            try {
                pattern = Pattern.compile(object.getArg(1).getLiteralLexicalForm());
            } catch (IllegalArgumentException e) {
                throw new ExprEvalException("strSplit: " + e.getMessage());
            }
            List<String> tokens = new ArrayList<>();
            for (String token : pattern.split(GuardedChars.of(object.getArg(0).getLiteralLexicalForm()))) {
                tokens.add(token.strip());
            }
            if (Var.isVar(subject)) {
                Var var = Var.alloc(subject);
                return QueryIterPlainWrapper.create(tokens.stream()
                        .map(t -> BindingFactory.binding(binding, var, NodeFactory.createLiteralString(t))).iterator(), execCxt);
            }
            if (subject.isLiteral() && tokens.contains(subject.getLiteralLexicalForm())) {
                return IterLib.result(binding, execCxt);
            }
            return IterLib.noResults(execCxt);
        }
    }
}
