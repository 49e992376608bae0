package org.w3id.rikg.server.dataset;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdflink.RDFLink;
import org.w3id.rikg.server.store.StoredQuery;
import org.w3id.rikg.server.store.BundleLoader;

/**
 * What the bundle loader recorded about the loaded graphs, reduced to what the dataset's consumers
 * need: a fingerprint that changes exactly when a graph is loaded, replaced or removed (the SHA-256
 * over every graph IRI and file checksum, the dumps' ETag), and the time of the latest load.
 *
 * @param fingerprint hex SHA-256 of the sorted (graph, checksum) pairs
 * @param lastLoaded  when the latest graph was loaded; empty when nothing was recorded
 */
public record LoadRecords(String fingerprint, Optional<Instant> lastLoaded) {

    private static final StoredQuery RECORDS = StoredQuery.load("dataset/load-records.rq");

    /** Reads the records; inside a read transaction of the caller it reads that transaction's snapshot. */
    public static LoadRecords read(RDFLink link) {
        return RECORDS.bind("load", NodeFactory.createURI(BundleLoader.LOAD_GRAPH)).select(link, rows -> {
            MessageDigest digest = sha256();
            Instant latest = null;
            while (rows.hasNext()) {
                var row = rows.next();
                digest.update((row.get("graph").getURI() + '\t' + row.get("checksum").getLiteralLexicalForm() + '\n')
                        .getBytes(StandardCharsets.UTF_8));
                var loadedAt = row.get("loadedAt");
                if (loadedAt != null && loadedAt.isLiteral()) {
                    try {
                        Instant at = Instant.parse(loadedAt.getLiteralLexicalForm());
                        latest = latest == null || at.isAfter(latest) ? at : latest;
                    } catch (java.time.format.DateTimeParseException ignored) {
                        // A record without a usable time does not move the modification date.
                    }
                }
            }
            return new LoadRecords(HexFormat.of().formatHex(digest.digest()), Optional.ofNullable(latest));
        });
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
