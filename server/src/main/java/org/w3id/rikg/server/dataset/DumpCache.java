package org.w3id.rikg.server.dataset;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.springframework.stereotype.Component;
import org.w3id.rikg.server.store.GraphStore;
import org.w3id.rikg.server.store.StoreVersion;
import org.w3id.rikg.server.web.LinkedDataProperties;
import org.w3id.rikg.server.web.Namespaces;

/**
 * The gzipped dumps, written once per store version and format into a temporary folder and served from
 * there: so {@code HEAD} and {@code GET} tell the true length, a download can be resumed by any cache in
 * front, and the store is read once per change rather than once per download. The file is written from
 * one snapshot ({@link GraphStore#dump}) and moved into place when complete; a dump of an older version is
 * deleted when a newer one is written.
 */
@Component
public class DumpCache implements AutoCloseable {

    /** A dump file and the store version it holds. */
    public record Dump(Path file, StoreVersion version) {
    }

    private static final int BUFFER = 64 * 1024;

    private final GraphStore store;
    private final LinkedDataProperties linkedData;
    private final Path folder;
    private final Map<DumpFormat, Dump> current = new EnumMap<>(DumpFormat.class);

    public DumpCache(GraphStore store, LinkedDataProperties linkedData) throws IOException {
        this.store = store;
        this.linkedData = linkedData;
        this.folder = Files.createTempDirectory("rikg-dumps-");
    }

    /** The dump of the store as it is now, written first if the data changed since the last one. */
    public synchronized Dump current(DumpFormat format) {
        StoreVersion version = store.version();
        Dump dump = current.get(format);
        if (dump != null && dump.version().equals(version) && Files.exists(dump.file())) {
            return dump;
        }
        try {
            Path partial = Files.createTempFile(folder, format.name().toLowerCase(), ".partial");
            StoreVersion written;
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(partial), BUFFER)) {
                written = store.dump(out, format.streamingFormat(), format == DumpFormat.TRIG
                        ? Namespaces.prefixMap(linkedData.baseUri()) : org.apache.jena.riot.system.PrefixMapFactory.emptyPrefixMap());
            }
            Path file = folder.resolve(written.tag() + "-" + format.fileName());
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            if (dump != null && !dump.file().equals(file)) {
                Files.deleteIfExists(dump.file());
            }
            Dump fresh = new Dump(file, written);
            current.put(format, fresh);
            return fresh;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the " + format.fileName() + " dump", e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        for (Dump dump : current.values()) {
            Files.deleteIfExists(dump.file());
        }
        try (var files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
        }
        Files.deleteIfExists(folder);
    }
}
