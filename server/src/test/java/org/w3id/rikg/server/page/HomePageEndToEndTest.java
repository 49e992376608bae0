package org.w3id.rikg.server.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3id.rikg.server.support.LinkedDataFixture;
import org.w3id.rikg.server.support.ServerExtension;

class HomePageEndToEndTest {

    @RegisterExtension
    static final ServerExtension server = ServerExtension.start(tmp -> LinkedDataFixture.start(tmp));

    @Test
    void homePageCountsWhatIsInTheStoreAndLinksTheEntryPoints() {
        String html = server.get("/", "text/html").body();

        assertThat(html).contains("<html lang=\"de\"").contains("Wie Landkreise Neuzugewanderte integrieren");
        assertThat(html).contains("<strong>2</strong> <span>Kreise und kreisfreie Städte</span>");
        assertThat(html).contains("<strong>4</strong> <span>Quellen (benannte Graphen)</span>");
        assertThat(html).contains("href=\"/sparql\"").contains("href=\"/.well-known/void\"").contains("href=\"/ontology.html\"");
    }

    @Test
    void homePageInEnglish() {
        String html = server.get("/?lang=en", "text/html").body();

        assertThat(html).contains("<html lang=\"en\"").contains("How German districts integrate newcomers");
    }
}
