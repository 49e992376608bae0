package org.w3id.rikg.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.w3id.rikg.data.ReconcilerTest.copyOfTheSources;
import static org.w3id.rikg.data.ReconcilerTest.replaceOnce;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A source with a retrieved copy in raw/pages/: its quotations are checked against that text (not the brief), and
 * graph/meta describes it by the page's own title, address and retrieval date. Runs the real build on a copy of
 * data/ with one test source (TST) added, whose page is a fixture.
 */
class RetrievedSourceTest {

    static final String PAGE = """
            url: https://www.schwalm-eder-kreis.de/vereint
            title: Vereint für ein gelingendes Zusammenleben
            retrieved: 2026-12-02
            via: a test fixture standing in for a stored copy
            ---
            Vereint für ein gelingendes Zusammenleben
            Der Schwalm-Eder-Kreis ist Gründungsmitglied des Forums.
            """;

    /** The copy of data/ with the page saved as raw/pages/tst.txt, listed with its hash, and source TST citing it. */
    static Path withPage(Path temp, String page, String evidence) throws IOException {
        Path data = copyOfTheSources(temp);
        Files.createDirectories(data.resolve("raw/pages"));
        Files.writeString(data.resolve("raw/pages/tst.txt"), page, StandardCharsets.UTF_8);
        String hash = BuildDataset.sha256(page.getBytes(StandardCharsets.UTF_8));
        append(data, "raw-files.tsv", "pages/tst.txt\t" + hash + "\tTST\tStored copy (test)\t\tTestverlag; no licence stated");
        append(data, "sources.tsv", "TST\ttst\t\t\t\tpages/tst.txt\tKreisverwaltung Schwalm-Eder-Kreis\t\t");
        append(data, "statements.tsv", "district:Schwalm-Eder-Kreis|landkreis\trdfs:comment\t"
                + "\"Gründungsmitglied des Forums\"@de\tTST\t" + evidence);
        return data;
    }

    /** Appends one line to a table of curated/. */
    static void append(Path data, String table, String line) throws IOException {
        Files.writeString(data.resolve("curated/" + table), line + "\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
    }

    static Graph parse(String turtle) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(turtle, Lang.TURTLE).parse(g);
        return g;
    }

    @Test
    void aRetrievedSourceIsDescribedByItsOwnTitleAndAddress(@TempDir Path temp) throws IOException {
        Map<String, String> files = BuildDataset.build(withPage(temp, PAGE,
                "Der Schwalm-Eder-Kreis ist Gründungsmitglied des Forums."));
        Graph meta = parse(files.get("rdf/meta.ttl"));
        Node sek = Ns.id("source/tst");
        assertThat(meta.find(sek, Ns.curie("dcterms:title"), Node.ANY).mapWith(t -> t.getObject().getLiteralLexicalForm())
                .toList()).containsExactly("Vereint für ein gelingendes Zusammenleben");
        assertThat(meta.contains(sek, Ns.curie("schema:url"), Ns.iri("https://www.schwalm-eder-kreis.de/vereint"))).isTrue();
        assertThat(meta.contains(sek, Ns.rikg("retrievedCopy"), Ns.id("file/raw/pages/tst.txt"))).isTrue();
        assertThat(meta.contains(sek, Ns.rikg("citedVia"), Node.ANY)).isFalse();
        Node graph = Ns.graph("tst");
        assertThat(meta.find(graph, Ns.curie("dcterms:title"), Node.ANY).mapWith(t -> t.getObject().getLiteralLexicalForm())
                .toList()).contains("Aussagen von „Vereint für ein gelingendes Zusammenleben“ (Kreisverwaltung Schwalm-Eder-Kreis)");
        assertThat(meta.contains(graph, Ns.curie("prov:wasDerivedFrom"), Ns.id("file/raw/pages/tst.txt"))).isTrue();
        assertThat(meta.contains(graph, Ns.curie("prov:wasDerivedFrom"), Ns.id("source/domain-md"))).isFalse();
        assertThat(parse(files.get("rdf/tst.ttl")).size()).isEqualTo(1);
    }

    @Test
    void aQuotationThatIsOnlyInTheBriefFailsForARetrievedSource(@TempDir Path temp) throws IOException {
        // This sentence is in the brief, but not in the retrieved page: once retrieved, the page is what counts.
        Path data = withPage(temp, PAGE, "Schwalm-Eder-Kreis | Hessen | 06634");
        assertThatThrownBy(() -> BuildDataset.build(data)).isInstanceOf(BuildException.class)
                .hasMessageContaining("raw/pages/tst.txt").hasMessageContaining("Schwalm-Eder-Kreis | Hessen | 06634");
    }

    @Test
    void aPageWhoseTitleIsNotInItsTextIsRefused(@TempDir Path temp) throws IOException {
        Path data = withPage(temp, PAGE.replace("title: Vereint für ein gelingendes Zusammenleben", "title: Ein anderer Titel"),
                "Der Schwalm-Eder-Kreis ist Gründungsmitglied des Forums.");
        assertThatThrownBy(() -> BuildDataset.build(data)).isInstanceOf(BuildException.class)
                .hasMessageContaining("raw/pages/tst.txt").hasMessageContaining("Ein anderer Titel");
    }

    @Test
    void anUnlistedPageIsRefused(@TempDir Path temp) throws IOException {
        Path data = copyOfTheSources(temp);
        Files.createDirectories(data.resolve("raw/pages"));
        Files.writeString(data.resolve("raw/pages/stray.txt"), PAGE, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> BuildDataset.build(data)).isInstanceOf(BuildException.class)
                .hasMessageContaining("raw/pages/stray.txt is not listed");
    }

    @Test
    void aPageWithoutHeadingMayTakeItsTitleFromItsAddressLetterForLetter(@TempDir Path temp) throws IOException {
        String page = PAGE.replace("url: https://www.schwalm-eder-kreis.de/vereint",
                "url: https://www.schwalm-eder-kreis.de/news/kreis-tritt-dem-forum-bei.html")
                .replace("title: Vereint für ein gelingendes Zusammenleben", "title: Kreis tritt dem Forum bei\ntitle-from: url");
        Graph meta = parse(BuildDataset.build(withPage(temp, page, "Der Schwalm-Eder-Kreis ist Gründungsmitglied des Forums."))
                .get("rdf/meta.ttl"));
        assertThat(meta.find(Ns.id("source/tst"), Ns.curie("dcterms:title"), Node.ANY)
                .mapWith(t -> t.getObject().getLiteralLexicalForm()).toList()).containsExactly("Kreis tritt dem Forum bei");
    }

    @Test
    void aTitleFromTheAddressMustBeTheAddressesWords(@TempDir Path temp) throws IOException {
        String page = PAGE.replace("url: https://www.schwalm-eder-kreis.de/vereint",
                "url: https://www.schwalm-eder-kreis.de/news/kreis-tritt-dem-forum-bei.html")
                .replace("title: Vereint für ein gelingendes Zusammenleben", "title: Kreis tritt dem Forum feierlich bei\ntitle-from: url");
        Path data = withPage(temp, page, "Der Schwalm-Eder-Kreis ist Gründungsmitglied des Forums.");
        assertThatThrownBy(() -> BuildDataset.build(data)).isInstanceOf(BuildException.class)
                .hasMessageContaining("is not the address's last path segment").hasMessageContaining("kreis-tritt-dem-forum-bei");
    }

    static final String QUOTE = "Der Schwalm-Eder-Kreis ist Gründungsmitglied des Forums.";

    /** The build on a copy of data/ with the test page and one more line in a table refuses it, saying why. */
    static void refused(Path temp, String table, String line, String... messages) throws IOException {
        Path data = withPage(temp, PAGE, QUOTE);
        append(data, table, line);
        var thrown = assertThatThrownBy(() -> BuildDataset.build(data)).isInstanceOf(BuildException.class);
        for (String message : messages) {
            thrown.hasMessageContaining(message);
        }
    }

    @Test
    void aRowWithTwoSourcesIsRefused(@TempDir Path temp) throws IOException {
        refused(temp, "statements.tsv", "district:Schwalm-Eder-Kreis|landkreis\trdfs:comment\t\"Mitglied\"@de\tTST;LDS\t" + QUOTE,
                "several source keys (TST;LDS)");
    }

    @Test
    void anOrganisationIsNamedAsItsSourceWritesIt(@TempDir Path temp) throws IOException {
        refused(temp, "organizations.tsv", "organization/forum-test\tForum für Integration\t\tForum\tnetwork\tTST\t" + QUOTE,
                "Forum für Integration", "not the name as the source writes it");
    }

    @Test
    void aProgrammeNamesOnlyALawOfTheDatasetAsItsBasis(@TempDir Path temp) throws IOException {
        refused(temp, "programmes.tsv", "forum-test\tForum\tForum\t\t\t\t\tHessen\thessen-integrationsgesetz\t"
                + "organization/deutscher-landkreistag\tTST\t" + QUOTE, "unknown law hessen-integrationsgesetz");
    }

    @Test
    void aClaimIsAboutAResourceOfTheDataset(@TempDir Path temp) throws IOException {
        refused(temp, "claims.tsv", "claim/test\tpractice/gibt-es-nicht\tDer Schwalm-Eder-Kreis ist Gründungsmitglied\t\tTST\t"
                + QUOTE, "practice/gibt-es-nicht", "which no graph describes");
    }

    @Test
    void aClaimKeepsItsSourcesWording(@TempDir Path temp) throws IOException {
        refused(temp, "claims.tsv", "claim/test\tprogramme/land-zuhause-zukunft\tDer Kreis ist Mitglied\t\tTST\t" + QUOTE,
                "statement_de is not the source's wording");
    }
}
