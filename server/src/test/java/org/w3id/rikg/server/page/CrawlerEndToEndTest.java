package org.w3id.rikg.server.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3id.rikg.server.support.LinkedDataFixture;
import org.w3id.rikg.server.support.ServerExtension;

/** robots.txt, the sitemap and the schema.org block in every page, as a search engine reads them. */
class CrawlerEndToEndTest {

    @RegisterExtension
    static final ServerExtension server = ServerExtension.start(LinkedDataFixture::start);

    @Test
    void robotsPointToTheSitemapAndKeepCrawlersOffTheEndpoint() {
        HttpResponse<String> robots = server.get("/robots.txt", null);

        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.body()).contains("Disallow: /sparql").contains("Disallow: /dumps/")
                .contains("Sitemap: " + server.baseUrl() + "/sitemap.xml");
    }

    @Test
    void theSitemapListsThePagesOfTheDescribedResources() {
        HttpResponse<String> sitemap = server.get("/sitemap.xml", null);

        assertThat(sitemap.statusCode()).isEqualTo(200);
        assertThat(sitemap.body()).contains("<loc>" + server.baseUrl() + "/</loc>")
                .contains("<loc>" + server.baseUrl() + "/id/district/12061.html</loc>")
                .contains("<lastmod>");
        Matcher loc = Pattern.compile("<loc>([^<]+)</loc>").matcher(sitemap.body());
        int checked = 0;
        while (loc.find() && checked < 20) {
            String path = loc.group(1).substring(server.baseUrl().length());
            assertThat(server.get(path, "text/html").statusCode()).as(path).isEqualTo(200);
            checked++;
        }
        assertThat(checked).isGreaterThan(3);
    }

    @Test
    void pagesCarryASchemaOrgDescription() {
        String page = server.get("/id/district/12061.html", "text/html").body();
        Matcher block = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL).matcher(page);

        assertThat(block.find()).isTrue();
        JsonObject json = Json.createReader(new StringReader(block.group(1))).readObject();
        assertThat(json.getString("@type")).isEqualTo("WebPage");
        assertThat(json.getString("url")).isEqualTo(server.baseUrl() + "/id/district/12061.html");
        assertThat(json.getString("inLanguage")).isEqualTo("de");
        assertThat(json.getJsonObject("isPartOf").getString("@type")).isEqualTo("Dataset");
    }
}
