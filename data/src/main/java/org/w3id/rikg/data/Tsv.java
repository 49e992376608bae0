package org.w3id.rikg.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A tab-separated table with a header line; every row remembers where it came from. */
final class Tsv {

    /** One row; {@link #get} returns "" for an empty or missing cell. */
    record Row(String file, int line, Map<String, String> cells) {
        String get(String column) {
            return cells.getOrDefault(column, "").trim();
        }

        String where() {
            return file + ":" + line;
        }
    }

    private Tsv() {
    }

    static List<Row> read(Path file, String name, char separator) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        if (lines.isEmpty()) {
            throw new BuildException(name + " is empty");
        }
        String[] header = split(lines.get(0), separator);
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = split(line, separator);
            if (cells.length > header.length) {
                throw new BuildException(name + ":" + (i + 1) + " has " + cells.length + " cells, the header "
                        + header.length);
            }
            Map<String, String> map = new TreeMap<>();
            for (int c = 0; c < cells.length; c++) {
                map.put(header[c], cells[c]);
            }
            rows.add(new Row(name, i + 1, map));
        }
        return rows;
    }

    private static String[] split(String line, char separator) {
        return line.split(java.util.regex.Pattern.quote(String.valueOf(separator)), -1);
    }
}
