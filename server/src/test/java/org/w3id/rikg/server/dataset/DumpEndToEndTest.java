package org.w3id.rikg.server.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3id.rikg.server.store.BundleLoader;
import org.w3id.rikg.server.store.GraphStore;
import org.w3id.rikg.server.support.Rdf4j;
import org.w3id.rikg.server.support.RunningServer;

/**
 * The dumps against the real application: both parse with RDF4J and with Jena to exactly the store's
 * named graphs (the load records left out), with the headers a download needs, conditional GET and HEAD.
 * A bulk graph makes the dump larger than the server's output buffer, so it must go out chunked (its
 * nodes are IRIs and literals: thousands of blank nodes would make the isomorphism check slow; the
 * fixture's blank node is enough to test their round trip).
 */
class DumpEndToEndTest {

    private static final String BULK = DatasetFixture.BASE + "graph/bulk";

    @TempDir
    static Path tmp;

    static RunningServer server;
    static DatasetGraph stored;

    @BeforeAll
    static void start() throws IOException {
        StringBuilder bulk = new StringBuilder("@prefix ex: <https://example.org/> .\n");
        for (int i = 0; i < 4_000; i++) {
            bulk.append("ex:n").append(i).append(" ex:value ").append((i * 7919L) % 100_003)
                    .append(" ; ex:note \"Notiz ").append(Integer.toHexString(i * 31)).append("\"@de .\n");
        }
        var bundle = DatasetFixture.bundle(tmp.resolve("bundle")).graph(BULK, "bulk.ttl", bulk.toString());
        server = RunningServer.start(tmp.resolve("store"), Map.of("rikg.store.manifests", bundle.pattern()));
        stored = storedQuads(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest
    @EnumSource(DumpFormat.class)
    void theDumpIsTheStoresContentReadByBothToolkits(DumpFormat format) {
        HttpResponse<byte[]> response = get(format, Map.of());
        byte[] rdf = gunzip(response.body());

        DatasetGraph byRdf4j = Rdf4j.toDataset(Rdf4j.parse(rdf, format == DumpFormat.NQUADS ? RDFFormat.NQUADS : RDFFormat.TRIG,
                DatasetFixture.BASE));
        DatasetGraph byJena = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(rdf)).lang(format == DumpFormat.NQUADS ? Lang.NQUADS : Lang.TRIG).parse(byJena);

        assertThat(byJena.getDefaultGraph().isEmpty()).isTrue();
        assertThat(byJena.containsGraph(org.apache.jena.graph.NodeFactory.createURI(BundleLoader.LOAD_GRAPH)))
                .as("the load log is a declared graph of the dataset").isTrue();
        assertThat(IsoMatcher.isomorphic(stored, byJena)).as("Jena's reading equals the store").isTrue();
        assertThat(IsoMatcher.isomorphic(stored, byRdf4j)).as("RDF4J's reading equals the store").isTrue();
    }

    @ParameterizedTest
    @EnumSource(DumpFormat.class)
    void aDownloadWithTypeFileNameEtagLengthAndDate(DumpFormat format) {
        HttpResponse<byte[]> response = get(format, Map.of());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/gzip");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"" + format.fileName() + "\"");
        assertThat(response.headers().firstValue("ETag")).hasValueSatisfying(tag -> assertThat(tag).matches("W/\"[0-9a-f]{24}-\\w+\""));
        assertThat(response.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(response.headers().firstValue("Content-Length")).hasValue(Integer.toString(response.body().length));
        assertThat(response.headers().firstValue("Last-Modified")).isPresent();
    }

    @Test
    void theEtagIsStableAndDiffersBetweenFormats() {
        String nquads = get(DumpFormat.NQUADS, Map.of()).headers().firstValue("ETag").orElseThrow();

        assertThat(get(DumpFormat.NQUADS, Map.of()).headers().firstValue("ETag")).hasValue(nquads);
        assertThat(get(DumpFormat.TRIG, Map.of()).headers().firstValue("ETag")).isNotEqualTo(java.util.Optional.of(nquads));
    }

    @Test
    void ifNoneMatchWithTheCurrentEtagGets304WithoutBody() {
        String etag = get(DumpFormat.NQUADS, Map.of()).headers().firstValue("ETag").orElseThrow();

        HttpResponse<byte[]> same = get(DumpFormat.NQUADS, Map.of("If-None-Match", etag));
        HttpResponse<byte[]> strongForm = get(DumpFormat.NQUADS, Map.of("If-None-Match", "\"x\", " + etag.substring(2)));
        HttpResponse<byte[]> any = get(DumpFormat.NQUADS, Map.of("If-None-Match", "*"));
        HttpResponse<byte[]> other = get(DumpFormat.NQUADS, Map.of("If-None-Match", "W/\"something-else\""));

        assertThat(same.statusCode()).isEqualTo(304);
        assertThat(same.body()).isEmpty();
        assertThat(same.headers().firstValue("ETag")).hasValue(etag);
        assertThat(strongForm.statusCode()).isEqualTo(304);
        assertThat(any.statusCode()).isEqualTo(304);
        assertThat(other.statusCode()).isEqualTo(200);
    }

    @Test
    void headGivesTheHeadersWithoutTheDump() {
        HttpResponse<byte[]> response = server.sendForBytes(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/dumps/rikg.trig.gz"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());

        HttpResponse<byte[]> get = get(DumpFormat.TRIG, Map.of());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/gzip");
        assertThat(response.headers().firstValue("ETag")).isPresent();
        assertThat(response.headers().firstValue("Content-Length")).as("HEAD tells the length GET sends")
                .hasValue(Integer.toString(get.body().length));
        assertThat(get.body().length).isGreaterThan(100);
        assertThat(response.body()).isEmpty();
    }

    @Test
    void ifModifiedSinceTheLastModificationGets304() {
        String lastModified = get(DumpFormat.NQUADS, Map.of()).headers().firstValue("Last-Modified").orElseThrow();

        assertThat(get(DumpFormat.NQUADS, Map.of("If-Modified-Since", lastModified)).statusCode()).isEqualTo(304);
        assertThat(get(DumpFormat.NQUADS, Map.of("If-Modified-Since", "Mon, 01 Jan 2001 00:00:00 GMT")).statusCode())
                .isEqualTo(200);
    }

    @Test
    void anUnknownDumpIs404() {
        assertThat(server.get("/dumps/rikg.ttl.gz", null).statusCode()).isEqualTo(404);
    }

    private static HttpResponse<byte[]> get(DumpFormat format, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/dumps/" + format.fileName())).GET();
        headers.forEach(request::header);
        return server.sendForBytes(request.build());
    }

    /** Every quad of the store's named graphs, the load log included. */
    static DatasetGraph storedQuads(RunningServer server) {
        DatasetGraph store = server.bean(GraphStore.class).embedded().orElseThrow();
        DatasetGraph copy = DatasetGraphFactory.create();
        Txn.executeRead(store, () -> store.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(copy::add));
        return copy;
    }

    static byte[] gunzip(byte[] gzipped) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
