package org.w3id.rikg.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A source page as RIKG retrieved it: a file in {@code raw/pages/} with a header of {@code key: value} lines
 * ({@code url}, {@code title}, {@code retrieved}, {@code via}), a line {@code ---}, and the page's text exactly as
 * retrieved. Every quotation of the source is checked against {@link #body()}.
 *
 * <p>The title must occur in the text. Where the stored text has no heading, the header may say
 * {@code title-from: url}: the title is then the page's address's last path segment in words, and the build checks
 * that the two agree letter for letter ({@link BuildDataset#slug}), so that no title is invented.
 *
 * <pre>
 * url: https://landratsamt-dachau.de/aktuelles/pressemitteilungen/…
 * title: Bundesweites „Forum Integration in ländlichen Räumen“ gegründet - Landkreis Dachau ist Gründungsmitglied
 * retrieved: 2026-12-02
 * via: stored copy of the page in the RIKG search tool's "pages" corpus (its text from the beginning, as stored)
 * ---
 * Bundesweites „Forum Integration in ländlichen Räumen“ gegründet - …
 * </pre>
 */
record RetrievedPage(String file, String url, String title, String retrieved, String via, String body) {

    private static final List<String> FIELDS = List.of("url", "title", "retrieved", "via");
    private static final String TITLE_FROM = "title-from";
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+");

    /** Reads and checks {@code raw/<relative>}; {@code where} names it in error messages. */
    static RetrievedPage read(Path dataDir, String relative) {
        String where = "raw/" + relative;
        String text;
        try {
            text = Files.readString(dataDir.resolve("raw").resolve(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + where, e);
        }
        int separator = text.indexOf("\n---\n");
        if (separator < 0) {
            throw new BuildException(where + ": no line --- between the header and the retrieved text");
        }
        Map<String, String> header = new LinkedHashMap<>();
        for (String line : text.substring(0, separator).split("\n")) {
            int colon = line.indexOf(": ");
            if (colon < 0) {
                throw new BuildException(where + ": header line is not \"key: value\": " + line);
            }
            header.put(line.substring(0, colon).trim(), line.substring(colon + 2).trim());
        }
        String titleFrom = header.remove(TITLE_FROM);
        if (!header.keySet().equals(new java.util.LinkedHashSet<>(FIELDS))) {
            throw new BuildException(where + ": the header must have exactly the lines " + FIELDS + " (and optionally "
                    + TITLE_FROM + "), has " + header.keySet());
        }
        if (titleFrom != null && !titleFrom.equals("url")) {
            throw new BuildException(where + ": " + TITLE_FROM + " can only be url, is " + titleFrom);
        }
        String body = text.substring(separator + 5);
        RetrievedPage page = new RetrievedPage(where, header.get("url"), header.get("title"), header.get("retrieved"),
                header.get("via"), body);
        if (!URL.matcher(page.url()).matches()) {
            throw new BuildException(where + ": url is not an http(s) URL: " + page.url());
        }
        if (!DATE.matcher(page.retrieved()).matches()) {
            throw new BuildException(where + ": retrieved is not a date (yyyy-mm-dd): " + page.retrieved());
        }
        if (page.title().isEmpty()) {
            throw new BuildException(where + ": no title");
        }
        if (titleFrom != null) {
            String segment = lastPathSegment(page.url());
            if (!BuildDataset.slug(page.title()).equals(BuildDataset.slug(segment))) {
                throw new BuildException(where + ": the title \"" + page.title() + "\" is not the address's last path segment \""
                        + segment + "\" in words");
            }
        } else if (!BuildDataset.normalize(body).contains(BuildDataset.normalize(page.title()))) {
            throw new BuildException(where + ": the title \"" + page.title() + "\" is not in the retrieved text (where the text"
                    + " has no heading, say " + TITLE_FROM + ": url and use the address's words)");
        }
        return page;
    }

    /** The last non-empty path segment of an address, percent-decoded, without path parameters (";…"), file extension or query. */
    static String lastPathSegment(String url) {
        String path = java.net.URI.create(url.replace(" ", "%20")).getRawPath();
        String[] parts = path == null ? new String[0] : path.split("/");
        String last = "";
        for (String part : parts) {
            if (!part.isEmpty()) {
                last = part;
            }
        }
        last = java.net.URLDecoder.decode(last.replaceFirst(";.*$", "").replace("+", "%2B"), StandardCharsets.UTF_8);
        return last.replaceFirst("\\.(html?|php|aspx?)$", "");
    }
}
