package org.w3id.rikg.server.dataset;

import org.w3id.rikg.server.web.ServiceUrls;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Node;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.w3id.rikg.server.web.LinkedDataProperties;
import org.w3id.rikg.server.web.Namespaces;
import org.w3id.rikg.server.store.BundleLoader;
import org.w3id.rikg.server.store.GraphStore;

/**
 * The whole dataset as one gzipped file: {@code /dumps/rikg.nq.gz} (N-Quads) and
 * {@code /dumps/rikg.trig.gz} (TriG). Every named graph, the server's load log included.
 *
 * <ul>
 * <li>Consistent: the ETag and every quad come from one read transaction, one snapshot of the store.</li>
 * <li>Streamed: quads go from the store through Jena's {@link StreamRDFWriter} and a gzip stream to the
 *     client, chunked; the dataset is never held in memory.</li>
 * <li>{@code Content-Type: application/gzip}: the resource is a .gz file (RFC 6713). Not
 *     {@code application/n-quads} with {@code Content-Encoding: gzip}, which clients would silently
 *     decompress into a file still named .gz. The RDF type inside is stated in the dataset description
 *     ({@code dcat:mediaType}, {@code dcat:compressFormat}).</li>
 * <li>Weak ETag from the load records' checksums: it changes exactly when a graph is loaded, replaced or
 *     removed; {@code If-None-Match} gets 304. {@code HEAD} gives the headers without writing.</li>
 * <li>An external store (no {@code embedded()} dataset) gets 501 for now.</li>
 * </ul>
 */
@Controller
public class DumpController {

    private static final int BUFFER = 64 * 1024;

    private final GraphStore store;
    private final LinkedDataProperties linkedData;

    public DumpController(GraphStore store, LinkedDataProperties linkedData) {
        this.store = store;
        this.linkedData = linkedData;
    }

    @RequestMapping(value = ServiceUrls.DUMPS_PATH + "{fileName:.+}", method = {RequestMethod.GET, RequestMethod.HEAD})
    public void dump(@PathVariable String fileName, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Optional<DumpFormat> format = DumpFormat.byFileName(fileName);
        if (format.isEmpty()) {
            plain(response, HttpServletResponse.SC_NOT_FOUND, "No dump " + fileName + ". Dumps: "
                    + Arrays.stream(DumpFormat.values()).map(f -> ServiceUrls.DUMPS_PATH + f.fileName()).toList() + "\n");
            return;
        }
        Optional<DatasetGraph> embedded = store.embedded();
        if (embedded.isEmpty()) {
            plain(response, HttpServletResponse.SC_NOT_IMPLEMENTED, "Dumps are written only from the embedded "
                    + "store for now; this server uses an external SPARQL store. Query it at /sparql instead.\n");
            return;
        }
        DatasetGraph dataset = embedded.get();
        Txn.executeRead(dataset, () -> {
            try {
                answer(dataset, format.get(), request, response);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private void answer(DatasetGraph dataset, DumpFormat format, HttpServletRequest request,
                        HttpServletResponse response) throws IOException {
        String etag;
        try (RDFLink link = store.connect()) {
            // Same thread, same dataset: the query joins this read transaction and sees its snapshot.
            etag = "W/\"" + LoadRecords.read(link).fingerprint().substring(0, 32) + "-" + format.name().toLowerCase() + "\"";
        }
        response.setHeader(HttpHeaders.ETAG, etag);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(DumpFormat.CONTENT_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(format.fileName()).build().toString());
        if ("HEAD".equals(request.getMethod())) {
            return;
        }
        try (OutputStream gzip = new GZIPOutputStream(response.getOutputStream(), BUFFER)) {
            write(dataset, format, gzip);
        }
    }

    private void write(DatasetGraph dataset, DumpFormat format, OutputStream out) {
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, format.streamingFormat());
        stream.start();
        if (format == DumpFormat.TRIG) {
            Namespaces.prefixMap(linkedData.baseUri()).forEach(stream::prefix);
        }
        List<Node> graphs = Txn.calculateRead(dataset, () -> {
            List<Node> names = new java.util.ArrayList<>();
            dataset.listGraphNodes().forEachRemaining(names::add);
            return names;
        });
        graphs.stream()
                .sorted(Comparator.comparing(Node::toString))
                .forEach(g -> dataset.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(stream::quad));
        stream.finish();
    }

    /** RFC 9110 §13.1.2: weak comparison; {@code *} matches any current representation. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String opaque = etag.startsWith("W/") ? etag.substring(2) : etag;
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    private static void plain(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=utf-8");
        response.getWriter().write(message);
    }
}
