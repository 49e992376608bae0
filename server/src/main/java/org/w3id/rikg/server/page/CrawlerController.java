package org.w3id.rikg.server.page;

import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.jena.graph.NodeFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.HtmlUtils;
import org.w3id.rikg.server.store.GraphStore;
import org.w3id.rikg.server.store.StoreVersion;
import org.w3id.rikg.server.store.StoredQuery;
import org.w3id.rikg.server.web.LinkedDataProperties;
import org.w3id.rikg.server.web.ServiceUrls;

/**
 * What search engines read first: {@code /robots.txt} (crawl the pages, not the SPARQL endpoint or the
 * dumps; where the sitemap is) and {@code /sitemap.xml} (the home page, the ontology, the dataset
 * description and the page of every resource the store describes, with the data's last modification),
 * both with this server's absolute URLs.
 */
@Controller
public class CrawlerController {

    private static final StoredQuery RESOURCES = StoredQuery.load("page/sitemap-resources.rq");

    private final GraphStore store;
    private final LinkedDataProperties linkedData;

    public CrawlerController(GraphStore store, LinkedDataProperties linkedData) {
        this.store = store;
        this.linkedData = linkedData;
    }

    @GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
    public ResponseEntity<String> robots(HttpServletRequest request) {
        String root = ServiceUrls.of(request).root();
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body("""
                User-agent: *
                Allow: /
                Disallow: /sparql
                Disallow: /data
                Disallow: /dumps/
                Sitemap: %s/sitemap.xml
                """.formatted(root));
    }

    @GetMapping(value = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
    public ResponseEntity<String> sitemap(HttpServletRequest request) {
        String root = ServiceUrls.of(request).root();
        StoreVersion version = store.version();
        String lastmod = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(version.modified().atOffset(ZoneOffset.UTC));
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String path : new String[] {"/", "/ontology.html", ServiceUrls.VOID_PATH + ".html"}) {
            url(xml, root + path, lastmod);
        }
        String prefix = linkedData.baseUri() + "id/";
        RESOURCES.bind("prefix", NodeFactory.createLiteralString(prefix)).select(store, rows -> {
            rows.forEachRemaining(row -> url(xml, root + "/" + linkedData.pathForIri(row.get("resource").getURI())
                    .replaceFirst("^/", "") + ".html", lastmod));
            return null;
        });
        xml.append("</urlset>\n");
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(xml.toString());
    }

    private static void url(StringBuilder xml, String loc, String lastmod) {
        xml.append("  <url><loc>").append(HtmlUtils.htmlEscape(loc)).append("</loc><lastmod>").append(lastmod)
                .append("</lastmod></url>\n");
    }
}
