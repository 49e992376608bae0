package org.w3id.rikg.server.page;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: what RIKG is, and where to go from here (SPARQL, ontology, dataset, dumps). */
@Controller
public class HomeController {

    private final HomeStatistics statistics;

    public HomeController(HomeStatistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/")
    public String home(Model model, Locale locale) {
        model.addAttribute("stats", statistics.read());
        model.addAttribute("lang", locale.getLanguage());
        return "home";
    }
}
