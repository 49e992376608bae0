package org.w3id.rikg.server.dataset;

import org.w3id.rikg.server.store.GraphStore;
import org.w3id.rikg.server.web.Conditional;
import org.w3id.rikg.server.web.Problems;
import org.w3id.rikg.server.web.RdfResponse;
import org.w3id.rikg.server.web.ServiceUrls;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.w3id.rikg.server.web.LinkedDataProperties;
import org.w3id.rikg.server.web.Namespaces;
import org.w3id.rikg.server.web.RdfFormat;
import org.w3id.rikg.server.web.ResourceView;

/**
 * The dataset description: VoID and DCAT at {@code /.well-known/void} (the location RFC 5785 and the
 * VoID note give it), and the dataset IRI {@code {base}dataset}, which answers 303 See Other to it.
 *
 * <p>{@code /.well-known/void} negotiates directly (no redirect): Turtle, HTML, JSON-LD, RDF/XML or
 * N-Triples, by {@code Accept} with q-values, {@code Vary: Accept}; no Accept or {@code *}{@code /*} gets
 * Turtle, a browser gets the page (German first, like every page). Each format also has its own document,
 * {@code /.well-known/void.ttl} and so on. An {@code Accept} that excludes all formats gets 406 with the
 * list of types offered.
 */
@Controller
public class DatasetController {

    /** The representations of the dataset description, in the server's order of preference. */
    static final List<RdfFormat> FORMATS =
            List.of(RdfFormat.TURTLE, RdfFormat.HTML, RdfFormat.JSONLD, RdfFormat.RDFXML, RdfFormat.NTRIPLES);

    private final DatasetDescription description;
    private final LinkedDataProperties linkedData;
    private final MessageSource messages;
    private final GraphStore store;

    public DatasetController(DatasetDescription description, LinkedDataProperties linkedData, MessageSource messages,
                             GraphStore store) {
        this.store = store;
        this.description = description;
        this.linkedData = linkedData;
        this.messages = messages;
    }

    @RequestMapping(value = ServiceUrls.VOID_PATH, method = {RequestMethod.GET, RequestMethod.HEAD})
    public String voidDescription(HttpServletRequest request, HttpServletResponse response, Locale locale,
                                  Model model) throws IOException {
        Optional<RdfFormat> format = RdfResponse.negotiate(request, response, FORMATS, ServiceUrls.VOID_PATH);
        if (format.isEmpty()) {
            return null;
        }
        return render(format.get(), request, response, locale, model);
    }

    /** The description in one format, by file extension: {@code /.well-known/void.ttl}, {@code .html}, … */
    @RequestMapping(value = ServiceUrls.VOID_PATH + ".{extension}", method = {RequestMethod.GET, RequestMethod.HEAD})
    public String voidDocument(@PathVariable String extension, HttpServletRequest request,
                               HttpServletResponse response, Locale locale, Model model) throws IOException {
        Optional<RdfFormat> format = RdfFormat.byExtension(extension).filter(FORMATS::contains);
        if (format.isEmpty()) {
            Problems.send(request, response, Problems.of(org.springframework.http.HttpStatus.NOT_FOUND,
                    "Unknown document", "The dataset description has no ." + extension + " document. Available: "
                            + FORMATS.stream().map(f -> "void." + f.extension()).collect(Collectors.joining(", ")) + "."));
            return null;
        }
        return render(format.get(), request, response, locale, model);
    }

    private String render(RdfFormat format, HttpServletRequest request, HttpServletResponse response, Locale locale,
                          Model model) throws IOException {
        ServiceUrls urls = ServiceUrls.of(request);
        // The description holds the absolute URLs of this server as the client reached it: part of the variant.
        String variant = format.extension() + (format == RdfFormat.HTML ? "-" + locale.getLanguage() : "")
                + "-" + Integer.toHexString(urls.root().hashCode());
        if (Conditional.notModified(store.version(), variant, request, response)) {
            return null;
        }
        Graph graph = description.describe(urls);
        if (format != RdfFormat.HTML) {
            RdfResponse.write(graph, format, linkedData.baseUri(), request, response);
            return null;
        }
        // The page of the dataset: the generic resource page, its statements computed from the store now.
        String dataset = linkedData.baseUri() + DatasetDescription.DATASET_PATH;
        Node computed = NodeFactory.createURI(dataset);
        DatasetGraph statements = DatasetGraphFactory.create();
        graph.find().forEachRemaining(t -> statements.add(computed, t.getSubject(), t.getPredicate(), t.getObject()));
        response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        response.setHeader(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage());
        model.addAttribute("resource", ResourceView.of(dataset, statements, locale, linkedData,
                        Map.of(dataset, messages.getMessage("dataset.computed", null, locale)),
                        Namespaces.prefixMap(linkedData.baseUri()), "void", ResourceView.vocabularyLabels(messages, locale))
                .withAlternates("void", FORMATS));
        return "resource";
    }

    /** The dataset IRI (and its hash IRIs: distributions, data service) is described by the VoID document. */
    @RequestMapping(value = "/" + DatasetDescription.DATASET_PATH, method = {RequestMethod.GET, RequestMethod.HEAD})
    public void dataset(HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader(HttpHeaders.LOCATION, request.getContextPath() + ServiceUrls.VOID_PATH);
    }
}
