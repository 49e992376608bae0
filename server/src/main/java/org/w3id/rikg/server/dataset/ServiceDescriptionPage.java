package org.w3id.rikg.server.dataset;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.w3id.rikg.server.web.ServiceUrls;

/**
 * The SPARQL endpoint's page for browsers, a template ({@code sparql.html}): what the endpoint is, a query
 * form, its limits. Browsers that ask {@code /sparql} for HTML are forwarded here by
 * {@link ServiceDescriptionFilter}; {@code /sparql.html} links it directly.
 */
@Controller
public class ServiceDescriptionPage {

    public static final String PATH = "/sparql.html";

    @GetMapping(PATH)
    public String page(HttpServletRequest request, HttpServletResponse response, Model model) {
        ServiceUrls urls = ServiceUrls.of(request);
        response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        model.addAttribute("endpoint", urls.sparql());
        model.addAttribute("voidUrl", urls.voidDocument());
        model.addAttribute("alternates", List.of(Map.of("mediaType", "text/turtle", "href", urls.sparql())));
        return "sparql";
    }
}
