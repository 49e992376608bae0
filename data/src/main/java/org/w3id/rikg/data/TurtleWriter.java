package org.w3id.rikg.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * Writes one graph as canonical Turtle: fixed prefixes (those used), subjects sorted by IRI, {@code a} first,
 * then predicates by IRI, objects sorted, one predicate per line, every literal written out in full
 * ({@code "1578"^^xsd:decimal}, never a numeric shorthand). No blank nodes are allowed, so the same graph always
 * gives the same bytes.
 */
final class TurtleWriter {

    private static final String RDF_TYPE = Ns.RDF + "type";
    private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9_]([A-Za-z0-9_.-]*[A-Za-z0-9_-])?");

    private TurtleWriter() {
    }

    static String write(Graph graph, String header) {
        Map<String, Map<String, TreeSet<String>>> bySubject = new TreeMap<>();
        TreeSet<String> used = new TreeSet<>();
        for (Triple t : graph.find().toList()) {
            if (t.getSubject().isBlank() || t.getObject().isBlank()) {
                throw new BuildException("Blank nodes are not allowed in the dataset: " + t);
            }
            String p = t.getPredicate().getURI();
            bySubject.computeIfAbsent(t.getSubject().getURI(), k -> new TreeMap<>(PREDICATE_ORDER))
                    .computeIfAbsent(p, k -> new TreeSet<>())
                    .add(format(t.getObject(), used));
        }
        StringBuilder body = new StringBuilder();
        for (Map.Entry<String, Map<String, TreeSet<String>>> s : bySubject.entrySet()) {
            body.append(format(org.apache.jena.graph.NodeFactory.createURI(s.getKey()), used)).append('\n');
            List<String> lines = new ArrayList<>();
            for (Map.Entry<String, TreeSet<String>> p : s.getValue().entrySet()) {
                String pred = p.getKey().equals(RDF_TYPE) ? "a"
                        : format(org.apache.jena.graph.NodeFactory.createURI(p.getKey()), used);
                lines.add("    " + pred + " " + String.join(" , ", p.getValue()));
            }
            body.append(String.join(" ;\n", lines)).append(" .\n\n");
        }
        StringBuilder out = new StringBuilder();
        for (String line : header.split("\n")) {
            out.append("# ").append(line).append('\n');
        }
        out.append('\n');
        for (Map.Entry<String, String> prefix : Ns.PREFIXES.entrySet()) {
            if (used.contains(prefix.getKey())) {
                out.append("@prefix ").append(prefix.getKey()).append(": <").append(prefix.getValue()).append("> .\n");
            }
        }
        out.append('\n').append(body);
        return out.toString().stripTrailing() + "\n";
    }

    private static final Comparator<String> PREDICATE_ORDER = (a, b) -> {
        if (a.equals(b)) {
            return 0;
        }
        if (a.equals(RDF_TYPE)) {
            return -1;
        }
        if (b.equals(RDF_TYPE)) {
            return 1;
        }
        return a.compareTo(b);
    };

    private static String format(Node node, TreeSet<String> used) {
        if (node.isURI()) {
            return iri(node.getURI(), used);
        }
        if (node.isLiteral()) {
            String lex = "\"" + escape(node.getLiteralLexicalForm()) + "\"";
            String lang = node.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) {
                return lex + "@" + lang;
            }
            String dt = node.getLiteralDatatypeURI();
            if (dt == null || dt.equals(Ns.XSD + "string")) {
                return lex;
            }
            return lex + "^^" + iri(dt, used);
        }
        throw new BuildException("Cannot write node " + node);
    }

    private static String iri(String iri, TreeSet<String> used) {
        String best = null;
        String bestNs = "";
        for (Map.Entry<String, String> prefix : Ns.PREFIXES.entrySet()) {
            String ns = prefix.getValue();
            if (iri.startsWith(ns) && ns.length() > bestNs.length() && LOCAL.matcher(iri.substring(ns.length())).matches()) {
                best = prefix.getKey();
                bestNs = ns;
            }
        }
        if (best != null) {
            used.add(best);
            return best + ":" + iri.substring(bestNs.length());
        }
        return "<" + iri + ">";
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '"' -> b.append("\\\"");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
