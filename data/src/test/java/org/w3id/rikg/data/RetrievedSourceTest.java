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
 * data/ with one page added for the Schwalm-Eder-Kreis release (SEK, which the brief cites but which has no facts).
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

    /** The copy of data/ with the page saved, listed with its hash, and SEK pointing at it. */
    static Path withPage(Path temp, String page, String evidence) throws IOException {
        Path data = copyOfTheSources(temp);
        Files.createDirectories(data.resolve("raw/pages"));
        Files.writeString(data.resolve("raw/pages/sek.txt"), page, StandardCharsets.UTF_8);
        String hash = BuildDataset.sha256(page.getBytes(StandardCharsets.UTF_8));
        Files.writeString(data.resolve("curated/raw-files.tsv"), "pages/sek.txt\t" + hash
                + "\tSEK\tStored copy (test)\t\tSchwalm-Eder-Kreis; no licence stated\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        replaceOnce(data.resolve("curated/sources.tsv"),
                "schwalm-eder-kreis.de, press release \"Vereint für ein gelingendes Zusammenleben\"\t\t\t\t",
                "schwalm-eder-kreis.de, press release \"Vereint für ein gelingendes Zusammenleben\"\tpages/sek.txt"
                        + "\tKreisverwaltung Schwalm-Eder-Kreis\t\t");
        Files.writeString(data.resolve("curated/statements.tsv"), "district:Schwalm-Eder-Kreis|landkreis\trdfs:comment\t"
                + "\"Gründungsmitglied des Forums\"@de\tSEK\t" + evidence + "\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        return data;
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
        Node sek = Ns.id("source/sek");
        assertThat(meta.find(sek, Ns.curie("dcterms:title"), Node.ANY).mapWith(t -> t.getObject().getLiteralLexicalForm())
                .toList()).containsExactly("Vereint für ein gelingendes Zusammenleben");
        assertThat(meta.contains(sek, Ns.curie("schema:url"), Ns.iri("https://www.schwalm-eder-kreis.de/vereint"))).isTrue();
        assertThat(meta.contains(sek, Ns.rikg("retrievedCopy"), Ns.id("file/raw/pages/sek.txt"))).isTrue();
        assertThat(meta.contains(sek, Ns.rikg("citedVia"), Node.ANY)).isFalse();
        Node graph = Ns.graph("sek");
        assertThat(meta.find(graph, Ns.curie("dcterms:title"), Node.ANY).mapWith(t -> t.getObject().getLiteralLexicalForm())
                .toList()).contains("Aussagen von „Vereint für ein gelingendes Zusammenleben“ (Kreisverwaltung Schwalm-Eder-Kreis)");
        assertThat(meta.contains(graph, Ns.curie("prov:wasDerivedFrom"), Ns.id("file/raw/pages/sek.txt"))).isTrue();
        assertThat(meta.contains(graph, Ns.curie("prov:wasDerivedFrom"), Ns.id("source/domain-md"))).isFalse();
        assertThat(parse(files.get("rdf/sek.ttl")).size()).isEqualTo(1);
    }

    @Test
    void aQuotationThatIsOnlyInTheBriefFailsForARetrievedSource(@TempDir Path temp) throws IOException {
        // This sentence is in the brief, but not in the retrieved page: once retrieved, the page is what counts.
        Path data = withPage(temp, PAGE, "Schwalm-Eder-Kreis | Hessen | 06634");
        assertThatThrownBy(() -> BuildDataset.build(data)).isInstanceOf(BuildException.class)
                .hasMessageContaining("raw/pages/sek.txt").hasMessageContaining("Schwalm-Eder-Kreis | Hessen | 06634");
    }

    @Test
    void aPageWhoseTitleIsNotInItsTextIsRefused(@TempDir Path temp) throws IOException {
        Path data = withPage(temp, PAGE.replace("title: Vereint für ein gelingendes Zusammenleben", "title: Ein anderer Titel"),
                "Der Schwalm-Eder-Kreis ist Gründungsmitglied des Forums.");
        assertThatThrownBy(() -> BuildDataset.build(data)).isInstanceOf(BuildException.class)
                .hasMessageContaining("raw/pages/sek.txt").hasMessageContaining("Ein anderer Titel");
    }

    @Test
    void anUnlistedPageIsRefused(@TempDir Path temp) throws IOException {
        Path data = copyOfTheSources(temp);
        Files.createDirectories(data.resolve("raw/pages"));
        Files.writeString(data.resolve("raw/pages/stray.txt"), PAGE, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> BuildDataset.build(data)).isInstanceOf(BuildException.class)
                .hasMessageContaining("raw/pages/stray.txt is not listed");
    }
}
