package org.w3id.rikg.server.dataset;

import java.util.Arrays;
import java.util.Optional;

import org.apache.jena.riot.RDFFormat;

/**
 * The formats the whole dataset is dumped in, each as a gzipped file at {@code /dumps/{fileName}}.
 * TriG is written with Jena's streaming "blocks" writer: readable, prefixed, and never more than one
 * subject in memory.
 */
public enum DumpFormat {
    NQUADS("rikg.nq.gz", "application/n-quads", RDFFormat.NQUADS),
    TRIG("rikg.trig.gz", "application/trig", RDFFormat.TRIG_BLOCKS);

    /** The media type of a dump as served: the file is a gzip file (RFC 6713). */
    public static final String CONTENT_TYPE = "application/gzip";

    private final String fileName;
    private final String mediaType;
    private final RDFFormat streamingFormat;

    DumpFormat(String fileName, String mediaType, RDFFormat streamingFormat) {
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.streamingFormat = streamingFormat;
    }

    public String fileName() {
        return fileName;
    }

    /** The media type of the RDF inside the gzip file (dcat:mediaType in the dataset description). */
    public String mediaType() {
        return mediaType;
    }

    RDFFormat streamingFormat() {
        return streamingFormat;
    }

    public static Optional<DumpFormat> byFileName(String fileName) {
        return Arrays.stream(values()).filter(f -> f.fileName.equals(fileName)).findFirst();
    }
}
