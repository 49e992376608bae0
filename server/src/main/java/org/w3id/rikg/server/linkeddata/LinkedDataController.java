package org.w3id.rikg.server.linkeddata;

import org.w3id.rikg.server.web.Conditional;
import org.w3id.rikg.server.web.ContentNegotiation;
import org.w3id.rikg.server.web.DocumentMetadata;
import org.w3id.rikg.server.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.w3id.rikg.server.web.DescriptionWriter;
import org.w3id.rikg.server.web.JsonLd;
import org.w3id.rikg.server.web.LinkedDataProperties;
import org.w3id.rikg.server.web.Namespaces;
import org.w3id.rikg.server.web.RdfFormat;
import org.w3id.rikg.server.web.ResourceView;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.w3id.rikg.server.store.StoredQuery;
import org.w3id.rikg.server.store.GraphStore;
import org.w3id.rikg.vocab.RIKGID;

/**
 * Dereferenceable URIs, the way the W3C note "Cool URIs for the Semantic Web" describes for slash URIs.
 *
 * <p>A RIKG URI names a thing (a district, a law, a concept, a term), not a document. Requested at its
 * URI, the server answers <b>303 See Other</b> to the document in the format the {@code Accept} header
 * asks for, with {@code Vary: Accept}: {@code /id/district/12061} → {@code /id/district/12061.ttl} (or
 * {@code .html}, {@code .jsonld}, {@code .rdf}, {@code .nt}, {@code .trig}, {@code .nq}). The documents
 * answer 200 in their one format and can be linked directly. Unknown resources get 404, an
 * {@code Accept} header that excludes every format gets 406.
 *
 * <p>The ontology URI {@code /ontology} is the exception only in what its documents hold: the whole
 * ontology in the RDF formats, and its generated documentation as HTML.
 */
@Controller
public class LinkedDataController {

    private static final StoredQuery GRAPH_CONTENT = StoredQuery.load("linkeddata/graph-content.rq");
    static final String ONTOLOGY_GRAPH = RIKGID.ONTOLOGY_GRAPH;

    private final ResourceDescriber describer;
    private final SourceTitles sourceTitles;
    private final OntologyDocumentation ontologyDocumentation;
    private final GraphStore store;
    private final LinkedDataProperties properties;
    private final PrefixMap prefixes;
    private final MessageSource messages;

    public LinkedDataController(ResourceDescriber describer, SourceTitles sourceTitles,
                                OntologyDocumentation ontologyDocumentation, GraphStore store,
                                LinkedDataProperties properties, MessageSource messages) {
        this.messages = messages;
        this.describer = describer;
        this.sourceTitles = sourceTitles;
        this.ontologyDocumentation = ontologyDocumentation;
        this.store = store;
        this.properties = properties;
        this.prefixes = Namespaces.prefixMap(properties.baseUri());
    }

    /** The ontology's namespace IRI, {@code https://w3id.org/rikg/ontology/}. */
    static final String ONTOLOGY_NAMESPACE_PATH = "/ontology/";
    private static final StoredQuery IS_VERSION_IRI = StoredQuery.load("linkeddata/is-version-iri.rq");

    @RequestMapping(value = {"/id/**", "/ontology", "/ontology.{extension}", "/ontology/**", "/graph/**", "/shapes/**"},
            method = {RequestMethod.GET, RequestMethod.HEAD})
    public String dereference(HttpServletRequest request, HttpServletResponse response, Locale locale, Model model)
            throws IOException {
        String path = URLDecoder.decode(request.getRequestURI().substring(request.getContextPath().length()),
                StandardCharsets.UTF_8);
        String lastSegment = path.substring(path.lastIndexOf('/') + 1);
        int dot = lastSegment.lastIndexOf('.');
        if (path.equals(ONTOLOGY_NAMESPACE_PATH) || isVersionIri(properties.iriForPath(path))) {
            // The namespace (vann:preferredNamespaceUri, void:vocabulary) and the version IRI name the ontology.
            response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader(HttpHeaders.LOCATION, "/ontology");
            return null;
        }
        Optional<RdfFormat> requested = dot > 0 ? RdfFormat.byExtension(lastSegment.substring(dot + 1)) : Optional.empty();
        if (requested.isPresent() && exists(properties.iriForPath(path))) {
            // A resource whose own name ends like a document (id/file/ontology/rikg.ttl): the name wins.
            requested = Optional.empty();
        }
        if (requested.isPresent()) {
            String resourcePath = path.substring(0, path.length() - requested.get().extension().length() - 1);
            return document(properties.iriForPath(resourcePath), requested.get(), lastSegment.substring(0, dot),
                    request, response, locale, model);
        }
        return seeOther(properties.iriForPath(path), lastSegment, request, response, model);
    }

    /** The published JSON-LD context; {@code application/json} for clients that ask for plain JSON. */
    @GetMapping(value = "/" + JsonLd.CONTEXT_PATH, produces = {"application/ld+json", "application/json"})
    @ResponseBody
    public String context(HttpServletRequest request, HttpServletResponse response) {
        // The context is made from the prefixes, which change only with a new server build: the store
        // version (changed by every load) is a safe, if eager, validator.
        if (Conditional.notModified(store.version(), "context", request, response)) {
            return null;
        }
        return JsonLd.context(properties.baseUri()).toString();
    }

    private String seeOther(String iri, String documentName, HttpServletRequest request, HttpServletResponse response,
                            Model model)
            throws IOException {
        response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        if (!exists(iri)) {
            return notFound(iri, request.getHeader(HttpHeaders.ACCEPT), request, response, model);
        }
        Optional<RdfFormat> format = ContentNegotiation.choose(request.getHeader(HttpHeaders.ACCEPT), RdfFormat.ALL);
        if (format.isEmpty()) {
            ProblemDetail problem = Problems.of(HttpStatus.NOT_ACCEPTABLE, "No acceptable format",
                    "None of the types in your Accept header can be served for " + iri + ". Available: "
                            + RdfFormat.ALL.stream().map(RdfFormat::mediaType).collect(Collectors.joining(", ")) + ".");
            problem.setProperty("available", RdfFormat.ALL.stream().map(RdfFormat::mediaType).collect(Collectors.joining(" ")));
            Problems.send(request, response, problem);
            return null;
        }
        String query = request.getQueryString();
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader(HttpHeaders.LOCATION, documentName + "." + format.get().extension()
                + (query == null ? "" : "?" + query));
        return null;
    }

    private String document(String iri, RdfFormat format, String documentName, HttpServletRequest request,
                            HttpServletResponse response, Locale locale, Model model) throws IOException {
        boolean ontology = iri.equals(properties.baseUri() + "ontology");
        if (exists(iri) && Conditional.notModified(store.version(), format.extension()
                + (format == RdfFormat.HTML ? "-" + locale.getLanguage() : ""), request, response)) {
            return null;
        }
        Optional<DatasetGraph> description = describer.describe(iri);
        if (description.isEmpty()) {
            return notFound(iri, format.mediaType(), request, response, model);
        }
        response.setHeader(HttpHeaders.LINK, alternates(documentName));
        if (format == RdfFormat.HTML) {
            response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
            response.setHeader(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage());
            if (ontology) {
                model.addAttribute("doc", ontologyDocumentation.build(locale));
                model.addAttribute("documentName", documentName);
                return "ontology";
            }
            model.addAttribute("resource", ResourceView.of(iri, description.get(), locale, properties,
                    sourceTitles.titles(locale), prefixes, documentName,
                    ResourceView.vocabularyLabels(messages, locale)));
            return "resource";
        }
        DatasetGraph content = DatasetGraphFactory.create();
        (ontology ? ontologyGraph() : description.get()).find().forEachRemaining(content::add);
        DocumentMetadata.add(content, iri + "." + format.extension(), iri, properties.baseUri() + "dataset",
                store.version(), properties.baseUri() + "sparql");
        response.setContentType(format.contentType());
        DescriptionWriter.write(content, format, prefixes, properties.baseUri(), response.getOutputStream());
        return null;
    }

    private DatasetGraph ontologyGraph() {
        DatasetGraph content = DatasetGraphFactory.create();
        var graph = NodeFactory.createURI(ONTOLOGY_GRAPH);
        GRAPH_CONTENT.bind("graph", graph).select(store, rows -> {
            rows.forEachRemaining(row -> content.add(Quad.create(graph, row.get("s"), row.get("p"), row.get("o"))));
            return null;
        });
        return content;
    }

    private boolean isVersionIri(String iri) {
        return IS_VERSION_IRI.bind("iri", NodeFactory.createURI(iri)).ask(store);
    }

    private boolean exists(String iri) {
        return describer.exists(iri);
    }

    private String alternates(String documentName) {
        return RdfFormat.ALL.stream()
                .map(f -> "<" + documentName + "." + f.extension() + ">; rel=\"alternate\"; type=\"" + f.mediaType() + "\"")
                .collect(Collectors.joining(", "));
    }

    private String notFound(String iri, String accept, HttpServletRequest request, HttpServletResponse response,
                            Model model) throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        if (ContentNegotiation.choose(accept, RdfFormat.ALL).orElse(null) == RdfFormat.HTML) {
            model.addAttribute("iri", iri);
            return "not-found";
        }
        Problems.send(request, response, Problems.of(HttpStatus.NOT_FOUND, "Unknown resource",
                "RIKG knows nothing about " + iri + "."));
        return null;
    }
}
