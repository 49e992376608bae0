package org.w3id.rikg.server.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * What the HTML page of a resource shows: its name, its statements grouped by property (each value with
 * the sources that state it), the statements that point to it, and links to its other representations.
 *
 * @param iri         the resource
 * @param title       its label in the reader's language
 * @param lang        the page language (de or en)
 * @param definition  its skos:definition or rdfs:comment in the reader's language, if any
 * @param types       what it is (rdf:type)
 * @param properties  its statements, grouped by property
 * @param incoming    statements of other resources that point to it (bounded)
 * @param incomingCut whether there may be more of them than the description holds
 * @param alternates  the same description in the RDF formats
 */
public record ResourceView(String iri, String title, String lang, String definition, List<Link> types,
                           List<PropertyGroup> properties, List<Incoming> incoming, boolean incomingCut,
                           List<Alternate> alternates) {

    /** How many statements pointing to a resource a description holds at most ({@code describe.rq}). */
    public static final int INCOMING_LIMIT = 200;

    /** A link to a resource, with a name to show. {@code href} is a local path for RIKG's own URIs. */
    public record Link(String label, String href, String iri) {
    }

    /** A source: the named graph a statement comes from. */
    public record Source(String label, String href) {
    }

    /** One value of a property: a link or a literal (with its language or datatype). */
    public record Value(String text, Link link, String language, String datatype, List<Source> sources) {
        public boolean hasLink() {
            return link != null;
        }
    }

    public record PropertyGroup(Link property, List<Value> values) {
    }

    public record Incoming(Link subject, Link property, List<Source> sources) {
    }

    public record Alternate(String name, String mediaType, String href) {
    }

    /** Builds the page model from a resource description. */
    public static ResourceView of(String iri, DatasetGraph description, Locale locale, LinkedDataProperties properties,
                                  Map<String, String> sourceTitles, PrefixMap prefixes, String documentName,
                                  java.util.function.Function<String, String> vocabularyLabels) {
        Labels labels = new Labels(description, locale, prefixes, vocabularyLabels, properties.baseUri());
        Node resource = org.apache.jena.graph.NodeFactory.createURI(iri);
        String language = locale.getLanguage();

        Map<Node, Map<Node, Set<Node>>> byProperty = new LinkedHashMap<>();
        description.find(Node.ANY, resource, Node.ANY, Node.ANY).forEachRemaining(q ->
                byProperty.computeIfAbsent(q.getPredicate(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(q.getObject(), k -> new LinkedHashSet<>())
                        .add(q.getGraph()));

        List<Link> types = new ArrayList<>();
        List<PropertyGroup> groups = new ArrayList<>();
        byProperty.forEach((property, values) -> {
            List<Value> shown = new ArrayList<>();
            values.forEach((object, graphs) -> shown.add(value(object, graphs, description, labels, properties,
                    sourceTitles, language)));
            shown.sort(Comparator.comparing((Value v) -> !language.equals(v.language()))
                    .thenComparing(Value::text, String.CASE_INSENSITIVE_ORDER));
            if (property.equals(RDF.type.asNode())) {
                values.keySet().forEach(t -> types.add(link(t, labels, properties)));
            }
            groups.add(new PropertyGroup(link(property, labels, properties), shown));
        });
        groups.sort(Comparator.comparing((PropertyGroup g) -> rank(g.property().iri()))
                .thenComparing(g -> g.property().label(), String.CASE_INSENSITIVE_ORDER));

        Map<String, Incoming> incoming = new LinkedHashMap<>();
        int[] incomingStatements = {0};
        description.find(Node.ANY, Node.ANY, Node.ANY, resource).forEachRemaining(q -> {
            incomingStatements[0]++;
            if (q.getSubject().isURI()) {
                String key = q.getSubject().getURI() + " " + q.getPredicate().getURI();
                Incoming existing = incoming.get(key);
                List<Source> sources = new ArrayList<>(existing == null ? List.of() : existing.sources());
                sources.add(source(q.getGraph(), sourceTitles, properties));
                incoming.put(key, new Incoming(link(q.getSubject(), labels, properties),
                        link(q.getPredicate(), labels, properties), sources));
            }
        });
        List<Incoming> incomingList = new ArrayList<>(incoming.values());
        incomingList.sort(Comparator.comparing((Incoming i) -> i.property().label())
                .thenComparing(i -> i.subject().label(), String.CASE_INSENSITIVE_ORDER));

        String definition = literalIn(description, resource, List.of(SKOS.definition.asNode(), RDFS.comment.asNode()), language);

        List<Alternate> alternates = new ArrayList<>();
        for (RdfFormat format : RdfFormat.ALL) {
            if (format != RdfFormat.HTML) {
                alternates.add(new Alternate(format.name(), format.mediaType(), documentName + "." + format.extension()));
            }
        }
        return new ResourceView(iri, labels.label(resource), language, definition, types, groups, incomingList,
                incomingStatements[0] >= INCOMING_LIMIT, alternates);
    }

    /** A SPARQL query that lists every statement pointing to {@code iri}, with its source graph. */
    public static String incomingQuery(String iri) {
        return "SELECT ?subject ?property ?graph WHERE { GRAPH ?graph { ?subject ?property <" + iri + "> } } "
                + "ORDER BY ?property ?subject ?graph";
    }

    /** Where the page links for all statements pointing to the resource, when it shows only the first 200. */
    public String incomingQueryHref() {
        return "/sparql?query=" + java.net.URLEncoder.encode(incomingQuery(iri), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The same page, offering only the given representations (by the document name they share). */
    public ResourceView withAlternates(String documentName, List<RdfFormat> formats) {
        List<Alternate> offered = formats.stream().filter(f -> f != RdfFormat.HTML)
                .map(f -> new Alternate(f.name(), f.mediaType(), documentName + "." + f.extension())).toList();
        return new ResourceView(iri, title, lang, definition, types, properties, incoming, incomingCut, offered);
    }

    /** Page texts that name reused vocabulary terms ({@code term.rdf:type=Typ}), for {@link #of}. */
    public static java.util.function.Function<String, String> vocabularyLabels(
            org.springframework.context.MessageSource messages, Locale locale) {
        return curie -> messages.getMessage("term." + curie, null, null, locale);
    }

    private static int rank(String property) {
        List<String> first = List.of(RDF.type.getURI(), SKOS.prefLabel.getURI(), RDFS.label.getURI(),
                SKOS.altLabel.getURI(), SKOS.definition.getURI());
        int index = first.indexOf(property);
        return index < 0 ? first.size() : index;
    }

    private static Value value(Node object, Set<Node> graphs, DatasetGraph description, Labels labels,
                               LinkedDataProperties properties, Map<String, String> sourceTitles, String language) {
        List<Source> sources = graphs.stream().map(g -> source(g, sourceTitles, properties)).toList();
        if (object.isURI()) {
            return new Value(labels.label(object), link(object, labels, properties), null, null, sources);
        }
        if (object.isBlank()) {
            List<String> parts = new ArrayList<>();
            description.find(Node.ANY, object, Node.ANY, Node.ANY).forEachRemaining(q ->
                    parts.add(labels.label(q.getPredicate()) + ": " + (q.getObject().isLiteral()
                            ? q.getObject().getLiteralLexicalForm() : labels.label(q.getObject()))));
            parts.sort(String::compareTo);
            return new Value("[ " + String.join("; ", parts) + " ]", null, null, null, sources);
        }
        String lang = object.getLiteralLanguage();
        String datatype = object.getLiteralDatatypeURI();
        boolean plain = !lang.isEmpty() || datatype == null || datatype.equals(XSDDatatype.XSDstring.getURI());
        return new Value(object.getLiteralLexicalForm(), null, lang.isEmpty() ? null : lang,
                plain ? null : Namespaces.curie(Namespaces.prefixMap(properties.baseUri()), datatype), sources);
    }

    private static Link link(Node node, Labels labels, LinkedDataProperties properties) {
        String iri = node.getURI();
        String local = properties.pathForIri(iri);
        return new Link(labels.label(node), local != null ? local : iri, iri);
    }

    private static Source source(Node graph, Map<String, String> sourceTitles, LinkedDataProperties properties) {
        String iri = graph.getURI();
        String title = sourceTitles.getOrDefault(iri, iri.substring(iri.lastIndexOf('/') + 1));
        String local = properties.pathForIri(iri);
        return new Source(title, local != null ? local : iri);
    }

    private static String literalIn(DatasetGraph description, Node subject, List<Node> propertiesInOrder, String language) {
        for (String lang : LanguagePreference.of(language).order()) {
            for (Node property : propertiesInOrder) {
                for (var it = description.find(Node.ANY, subject, property, Node.ANY); it.hasNext(); ) {
                    Quad q = it.next();
                    if (q.getObject().isLiteral() && q.getObject().getLiteralLanguage().equalsIgnoreCase(lang)) {
                        return q.getObject().getLiteralLexicalForm();
                    }
                }
            }
        }
        return null;
    }
}
