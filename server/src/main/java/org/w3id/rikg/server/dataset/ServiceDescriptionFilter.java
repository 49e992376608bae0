package org.w3id.rikg.server.dataset;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.w3id.rikg.server.dataset.DatasetStatistics;
import org.w3id.rikg.server.web.RdfResponse;
import org.w3id.rikg.server.store.GraphStore;
import org.w3id.rikg.server.web.Conditional;
import org.w3id.rikg.server.web.FilterOrder;
import org.w3id.rikg.server.web.ServiceUrls;
import org.w3id.rikg.server.web.LinkedDataProperties;
import org.w3id.rikg.server.web.RdfFormat;

/**
 * The SPARQL 1.1 Service Description (W3C Recommendation) of {@code /sparql}, answered to a GET or HEAD
 * of the endpoint without a {@code query} parameter. Every other request (a query by GET or POST,
 * {@code /data}) passes on to Fuseki, whose filter comes after this one.
 *
 * <p>In RDF (Turtle by default; JSON-LD, RDF/XML, N-Triples by {@code Accept}) it states the endpoint,
 * SPARQL 1.1 Query, the result formats, {@code sd:UnionDefaultGraph} (the default graph is the union of
 * the named graphs) and one {@code sd:namedGraph} per named graph in the store, with its size. A browser
 * ({@code text/html} preferred) gets a small bilingual page with a query form, until the SPARQL
 * workbench comes.
 *
 * <pre>{@code
 * curl -H 'Accept: text/turtle' http://localhost:8080/sparql
 * }</pre>
 */
@Component
public class ServiceDescriptionFilter extends OncePerRequestFilter implements Ordered {

    /** Before Fuseki's filter ({@code LOWEST_PRECEDENCE - 10}). */
    public static final int ORDER = FilterOrder.SERVICE_DESCRIPTION;

    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    static final String FORMATS = "http://www.w3.org/ns/formats/";

    private static final List<String> RESULT_FORMATS = List.of("SPARQL_Results_JSON", "SPARQL_Results_XML",
            "SPARQL_Results_CSV", "SPARQL_Results_TSV", "Turtle", "JSON-LD", "RDF_XML", "N-Triples");

    private static final List<RdfFormat> OFFERED = List.of(RdfFormat.TURTLE, RdfFormat.HTML, RdfFormat.JSONLD,
            RdfFormat.RDFXML, RdfFormat.NTRIPLES);

    private final DatasetStatistics statistics;
    private final LinkedDataProperties linkedData;
    private final GraphStore store;

    public ServiceDescriptionFilter(DatasetStatistics statistics, LinkedDataProperties linkedData, GraphStore store) {
        this.statistics = statistics;
        this.linkedData = linkedData;
        this.store = store;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.equals(ServiceUrls.SPARQL_PATH) || request.getParameter("query") != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<RdfFormat> format = RdfResponse.negotiate(request, response, OFFERED, ServiceUrls.SPARQL_PATH);
        if (format.isEmpty()) {
            return;
        }
        ServiceUrls urls = ServiceUrls.of(request);
        if (format.get() == RdfFormat.HTML) {
            // The page is a template (ServiceDescriptionPage), rendered at /sparql.html.
            request.getRequestDispatcher(ServiceDescriptionPage.PATH).forward(request, response);
            return;
        }
        if (Conditional.notModified(store.version(), format.get().extension() + "-"
                + Integer.toHexString(urls.root().hashCode()), request, response)) {
            return;
        }
        RdfResponse.write(describe(urls), format.get(), linkedData.baseUri(), request, response);
    }

    Graph describe(ServiceUrls urls) {
        Graph graph = GraphFactory.createDefaultGraph();
        Node service = uri(urls.sparql() + "#service");
        graph.add(service, RDF.type.asNode(), sd("Service"));
        graph.add(service, sd("endpoint"), uri(urls.sparql()));
        graph.add(service, sd("supportedLanguage"), sd("SPARQL11Query"));
        for (String format : RESULT_FORMATS) {
            graph.add(service, sd("resultFormat"), uri(FORMATS + format));
        }
        graph.add(service, sd("feature"), sd("UnionDefaultGraph"));
        graph.add(service, RDFS.seeAlso.asNode(), uri(urls.voidDocument()));

        Node dataset = NodeFactory.createBlankNode();
        graph.add(service, sd("defaultDataset"), dataset);
        graph.add(dataset, RDF.type.asNode(), sd("Dataset"));
        Node defaultGraph = NodeFactory.createBlankNode();
        graph.add(dataset, sd("defaultGraph"), defaultGraph);
        graph.add(defaultGraph, RDF.type.asNode(), sd("Graph"));
        for (DatasetStatistics.GraphSize named : statistics.graphSizes()) {
            Node entry = NodeFactory.createBlankNode();
            Node content = NodeFactory.createBlankNode();
            graph.add(dataset, sd("namedGraph"), entry);
            graph.add(entry, RDF.type.asNode(), sd("NamedGraph"));
            graph.add(entry, sd("name"), uri(named.graph()));
            graph.add(entry, sd("graph"), content);
            graph.add(content, RDF.type.asNode(), sd("Graph"));
            graph.add(content, VOID.triples.asNode(),
                    NodeFactory.createLiteralDT(Long.toString(named.triples()), XSDDatatype.XSDinteger));
        }
        return graph;
    }


    private static Node sd(String local) {
        return NodeFactory.createURI(SD + local);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
