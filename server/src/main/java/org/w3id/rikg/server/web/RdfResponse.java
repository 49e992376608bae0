package org.w3id.rikg.server.web;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.springframework.http.HttpHeaders;
import org.w3id.rikg.server.web.ContentNegotiation;
import org.w3id.rikg.server.web.DescriptionWriter;
import org.w3id.rikg.server.web.Namespaces;
import org.w3id.rikg.server.web.RdfFormat;

/**
 * Answers a request with one RDF graph in the format its {@code Accept} header asks for (direct content
 * negotiation, no redirect), the way every description of the service itself is served: the dataset
 * description and the SPARQL service description. Uses the linked-data {@link ContentNegotiation} and
 * {@link DescriptionWriter}, so formats, q-values and JSON-LD (compacted against the published context)
 * behave exactly as on resource URIs.
 *
 * <pre>{@code
 * Optional<RdfFormat> format = RdfResponse.negotiate(request, response, RdfResponse.GRAPH_FORMATS, "/.well-known/void");
 * if (format.isPresent()) RdfResponse.write(graph, format.get(), baseUri, request, response);
 * }</pre>
 */
public final class RdfResponse {

    /** The formats a single graph is offered in, in the server's order of preference. */
    public static final List<RdfFormat> GRAPH_FORMATS =
            List.of(RdfFormat.TURTLE, RdfFormat.JSONLD, RdfFormat.RDFXML, RdfFormat.NTRIPLES);

    private RdfResponse() {
    }

    /**
     * Chooses the format and adds {@code Vary: Accept}; when nothing offered is acceptable, answers 406
     * with a plain-text message naming the types offered, and returns empty.
     */
    public static Optional<RdfFormat> negotiate(HttpServletRequest request, HttpServletResponse response,
                                                List<RdfFormat> offered, String what) throws IOException {
        response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        Optional<RdfFormat> format = ContentNegotiation.choose(request.getHeader(HttpHeaders.ACCEPT), offered);
        if (format.isEmpty()) {
            notAcceptable(request, response, offered, what);
        }
        return format;
    }

    static void notAcceptable(HttpServletRequest request, HttpServletResponse response, List<RdfFormat> offered,
                              String what) throws IOException {
        org.springframework.http.ProblemDetail problem = Problems.of(org.springframework.http.HttpStatus.NOT_ACCEPTABLE,
                "No acceptable format", "None of the types in your Accept header can be served for " + what
                        + ". Available: " + offered.stream().map(RdfFormat::mediaType).collect(Collectors.joining(", ")) + ".");
        problem.setProperty("available", offered.stream().map(RdfFormat::mediaType).collect(Collectors.joining(" ")));
        Problems.send(request, response, problem);
    }

    /** Writes the graph with RIKG's prefixes; for HEAD only the headers. */
    public static void write(Graph graph, RdfFormat format, String baseUri, HttpServletRequest request,
                             HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(format.contentType());
        if ("HEAD".equals(request.getMethod())) {
            return;
        }
        DescriptionWriter.write(DatasetGraphFactory.wrap(graph), format, Namespaces.prefixMap(baseUri), baseUri,
                response.getOutputStream());
    }
}
