package org.w3id.rikg.server.sparql.guard;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * SPARQL's regular-expression functions, evaluated so that a match ends when its query is over.
 *
 * <p>ARQ matches {@code REGEX}, {@code REPLACE}, {@code fn:matches} and {@code fn:replace} with
 * {@code java.util.regex} on a plain {@code String}, which no timeout can interrupt: a backtracking pattern
 * ran 41 s under a 5 s timeout. These do the same with the input read through {@link GuardedChars}; the
 * results are ARQ's (same pattern compilation, flags and replacement rules), tested side by side.
 */
public final class GuardedRegex {

    private GuardedRegex() {
    }

    /** {@code REGEX(text, pattern [, flags])}. */
    public static final class Regex extends E_Regex {
        private final Pattern constant;

        public Regex(Expr expr, Expr pattern, Expr flags) {
            super(expr, pattern, flags);
            this.constant = pattern.isConstant() && pattern.getConstant().isString()
                    && (flags == null || flags.isConstant()) ? compile("Regex", pattern.getConstant(),
                    flags == null ? null : flags.getConstant()) : null;
        }

        @Override
        public NodeValue eval(List<NodeValue> args) {
            Node text = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0));
            Pattern pattern = constant != null ? constant
                    : compile("Regex", args.get(1), args.size() > 2 ? args.get(2) : null);
            return NodeValue.booleanReturn(find(pattern, text.getLiteralLexicalForm()));
        }

        @Override
        public Expr copy(ExprList newArgs) {
            return new Regex(newArgs.get(0), newArgs.get(1), newArgs.size() > 2 ? newArgs.get(2) : null);
        }
    }

    /** {@code REPLACE(text, pattern, replacement [, flags])}. */
    public static final class Replace extends E_StrReplace {
        private final Pattern constant;

        public Replace(Expr text, Expr pattern, Expr replacement, Expr flags) {
            super(text, pattern, replacement, flags);
            this.constant = pattern.isConstant() && pattern.getConstant().isString()
                    && (flags == null || flags.isConstant() && flags.getConstant().isString())
                    ? compile("REPLACE", pattern.getConstant(), flags == null ? null : flags.getConstant()) : null;
        }

        @Override
        public NodeValue eval(List<NodeValue> args) {
            Pattern pattern = constant != null ? constant
                    : compile("replace", args.get(1), args.size() > 3 ? args.get(3) : null);
            return replace(args.get(0), pattern, args.get(2));
        }

        @Override
        public Expr copy(ExprList newArgs) {
            return new Replace(newArgs.get(0), newArgs.get(1), newArgs.get(2), newArgs.size() > 3 ? newArgs.get(3) : null);
        }
    }

    /** The query with REGEX and REPLACE replaced by versions that end with the query. */
    public static Query guard(Query query) {
        return QueryTransformOps.transform(query, new ElementTransformCopyBase(), new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunctionN func, ExprList args) {
                if (func instanceof E_Regex && !(func instanceof Regex)) {
                    return new Regex(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null);
                }
                if (func instanceof E_StrReplace && !(func instanceof Replace)) {
                    return new Replace(args.get(0), args.get(1), args.get(2), args.size() > 3 ? args.get(3) : null);
                }
                return super.transform(func, args);
            }
        });
    }

    static Pattern compile(String label, NodeValue pattern, NodeValue flags) {
        String patternString = NodeValueOps.checkAndGetStringLiteral(label, pattern).getLiteralLexicalForm();
        String flagString = flags == null ? null : NodeValueOps.checkAndGetStringLiteral(label, flags).getLiteralLexicalForm();
        if (flagString != null && !flagString.chars().allMatch(c -> "smixq".indexOf(c) >= 0)) {
            throw new ExprEvalException(label + ": only 'smixq' are legal as pattern flags: got \"" + flagString + "\"");
        }
        return RegexEngine.makePattern(label, patternString, flagString);
    }

    /** Whether {@code pattern} occurs in {@code text}; ends when the query on this thread is over. */
    public static boolean find(Pattern pattern, String text) {
        return pattern.matcher(GuardedChars.of(text)).find();
    }

    /** fn:replace as ARQ computes it (an empty match is replaced once, at most), guarded. */
    static NodeValue replace(NodeValue input, Pattern pattern, NodeValue replacement) {
        Node text = NodeValueOps.checkAndGetStringLiteral("replace", input);
        String rep = NodeValueOps.checkAndGetStringLiteral("replace", replacement).getLiteralLexicalForm();
        String lexical = text.getLiteralLexicalForm();
        Matcher matcher = pattern.matcher(GuardedChars.of(lexical));
        StringBuilder sb = null;
        try {
            while (matcher.find()) {
                if (sb == null) {
                    sb = new StringBuilder();
                } else if (matcher.start() == matcher.end()) {
                    continue;
                }
                matcher.appendReplacement(sb, rep);
            }
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new ExprEvalException("replace: " + e.getMessage());
        }
        if (sb == null) {
            return input;
        }
        matcher.appendTail(sb);
        String result = sb.toString();
        if (result.equals(lexical)) {
            return input;
        }
        String lang = text.getLiteralLanguage();
        return lang == null || lang.isEmpty() ? NodeValue.makeString(result)
                : NodeValue.makeNode(NodeFactory.createLiteralLang(result, lang));
    }
}
