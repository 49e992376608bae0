package org.w3id.rikg.server.dataset;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.w3id.rikg.server.linkeddata.LinkedDataProperties;
import org.w3id.rikg.server.linkeddata.RdfFormat;

/**
 * The dataset description: VoID and DCAT at {@code /.well-known/void} (the location RFC 5785 and the
 * VoID note give it), and the dataset IRI {@code {base}dataset}, which answers 303 See Other to it.
 *
 * <p>{@code /.well-known/void} negotiates directly (no redirect): Turtle, JSON-LD, RDF/XML or
 * N-Triples, by {@code Accept} with q-values, {@code Vary: Accept}; no Accept or {@code *}{@code /*} gets
 * Turtle. There is no HTML representation (the home page links here and shows the numbers for people):
 * a browser gets RDF/XML through its {@code application/xml;q=0.9}, which it can display; an
 * {@code Accept} that excludes all four formats gets 406 with the list of types offered.
 */
@Controller
public class DatasetController {

    private final DatasetDescription description;
    private final LinkedDataProperties linkedData;

    public DatasetController(DatasetDescription description, LinkedDataProperties linkedData) {
        this.description = description;
        this.linkedData = linkedData;
    }

    @RequestMapping(value = ServiceUrls.VOID_PATH, method = {RequestMethod.GET, RequestMethod.HEAD})
    public void voidDescription(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<RdfFormat> format = RdfResponse.negotiate(request, response, RdfResponse.GRAPH_FORMATS,
                ServiceUrls.VOID_PATH);
        if (format.isEmpty()) {
            return;
        }
        RdfResponse.write(description.describe(ServiceUrls.of(request)), format.get(), linkedData.baseUri(),
                request, response);
    }

    /** The dataset IRI (and its hash IRIs: distributions, data service) is described by the VoID document. */
    @RequestMapping(value = "/" + DatasetDescription.DATASET_PATH, method = {RequestMethod.GET, RequestMethod.HEAD})
    public void dataset(HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader(HttpHeaders.LOCATION, request.getContextPath() + ServiceUrls.VOID_PATH);
    }
}
