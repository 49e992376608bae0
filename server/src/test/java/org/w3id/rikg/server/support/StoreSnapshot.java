package org.w3id.rikg.server.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * What a store holds, as a quad count and a hash of its sorted N-Quads: equal snapshots before and after a
 * request prove that the request changed nothing.
 */
public record StoreSnapshot(long quads, String sha256) {

    public static StoreSnapshot of(DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFDataMgr.write(out, dataset, RDFFormat.NQUADS_UTF8);
            String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
            Arrays.sort(lines);
            try {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                for (String line : lines) {
                    digest.update(line.getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) '\n');
                }
                long count = Arrays.stream(lines).filter(l -> !l.isBlank()).count();
                return new StoreSnapshot(count, HexFormat.of().formatHex(digest.digest()));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
