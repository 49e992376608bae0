package org.w3id.rikg.server.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Picks the representation for an {@code Accept} header, with q-values and wildcards (RFC 9110 §12.5.1).
 *
 * <p>For each offered format the most specific matching media range decides its quality; the format with
 * the highest quality wins, ties going to the offer order (the server's preference). A range with
 * {@code q=0} excludes. No acceptable format gives an empty result (answered with 406).
 *
 * <pre>{@code
 * ContentNegotiation.choose("text/html;q=0.9, text/turtle", RdfFormat.ALL) // TURTLE
 * }</pre>
 */
public final class ContentNegotiation {

    private ContentNegotiation() {
    }

    record Range(String type, String subtype, double q) {
        int specificity() {
            return type.equals("*") ? 0 : subtype.equals("*") ? 1 : 2;
        }

        boolean matches(String mediaType) {
            String[] parts = mediaType.split("/", 2);
            return (type.equals("*") || type.equals(parts[0])) && (subtype.equals("*") || subtype.equals(parts[1]));
        }
    }

    public static Optional<RdfFormat> choose(String accept, List<RdfFormat> offered) {
        List<Range> ranges = parse(accept);
        RdfFormat best = null;
        double bestQ = 0;
        for (RdfFormat format : offered) {
            double q = quality(ranges, format);
            if (q > bestQ) {
                best = format;
                bestQ = q;
            }
        }
        return Optional.ofNullable(best);
    }

    static double quality(List<Range> ranges, RdfFormat format) {
        List<String> types = new ArrayList<>();
        types.add(format.mediaType());
        types.addAll(format.aliases());
        double best = 0;
        for (String type : types) {
            Range match = null;
            for (Range range : ranges) {
                if (range.matches(type) && (match == null || range.specificity() > match.specificity())) {
                    match = range;
                }
            }
            // An alias answers only when named explicitly, never through a wildcard.
            boolean viaAlias = !type.equals(format.mediaType());
            if (match != null && !(viaAlias && match.specificity() < 2)) {
                best = Math.max(best, match.q());
            }
        }
        return best;
    }

    static List<Range> parse(String accept) {
        List<Range> ranges = new ArrayList<>();
        if (accept == null || accept.isBlank()) {
            ranges.add(new Range("*", "*", 1.0));
            return ranges;
        }
        for (String part : accept.split(",")) {
            String[] params = part.strip().split(";", -1);
            String[] type = params[0].strip().toLowerCase(Locale.ROOT).split("/", 2);
            if (type.length != 2 || type[0].isEmpty() || type[1].isEmpty()) {
                continue;
            }
            double q = 1.0;
            for (int i = 1; i < params.length; i++) {
                String[] kv = params[i].strip().split("=", 2);
                if (kv.length == 2 && kv[0].strip().equalsIgnoreCase("q")) {
                    try {
                        q = Math.max(0, Math.min(1, Double.parseDouble(kv[1].strip())));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            ranges.add(new Range(type[0], type[1], q));
        }
        if (ranges.isEmpty()) {
            // Nothing in the header could be read as a media range: treat it as no preference.
            ranges.add(new Range("*", "*", 1.0));
        }
        return ranges;
    }
}
