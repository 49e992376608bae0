package org.w3id.rikg.server.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * Picks the representation for an {@code Accept} header, with q-values and wildcards (RFC 9110 §12.5.1),
 * on media ranges parsed by Spring's {@link MediaType}.
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

    public static Optional<RdfFormat> choose(String accept, List<RdfFormat> offered) {
        List<MediaType> ranges = parse(accept);
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

    static double quality(List<MediaType> ranges, RdfFormat format) {
        List<String> types = new ArrayList<>();
        types.add(format.mediaType());
        types.addAll(format.aliases());
        double best = 0;
        for (String type : types) {
            MediaType offered = MediaType.parseMediaType(type);
            MediaType match = null;
            for (MediaType range : ranges) {
                if (range.includes(offered) && (match == null || specificity(range) > specificity(match))) {
                    match = range;
                }
            }
            // An alias answers only when named explicitly, never through a wildcard.
            boolean viaAlias = !type.equals(format.mediaType());
            if (match != null && !(viaAlias && specificity(match) < 2)) {
                best = Math.max(best, match.getQualityValue());
            }
        }
        return best;
    }

    private static int specificity(MediaType range) {
        return range.isWildcardType() ? 0 : range.isWildcardSubtype() ? 1 : 2;
    }

    /**
     * The media ranges of an {@code Accept} header, parsed by Spring ({@link MediaType#parseMediaTypes});
     * ranges that do not parse are skipped, and a header with none that parses counts as no preference.
     */
    static List<MediaType> parse(String accept) {
        List<MediaType> ranges = new ArrayList<>();
        if (accept != null) {
            for (String part : accept.split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                try {
                    MediaType range = MediaType.parseMediaType(part.strip());
                    ranges.add(range);
                } catch (InvalidMediaTypeException e) {
                    // One unreadable range does not spoil the others (clients send "text/html;q=x" too).
                    MediaType withoutParameters = withoutParameters(part);
                    if (withoutParameters != null) {
                        ranges.add(new MediaType(withoutParameters, java.util.Map.of("q", "0")));
                    }
                }
            }
        }
        if (ranges.isEmpty()) {
            ranges.add(MediaType.ALL);
        }
        return ranges;
    }

    /** A range whose parameters do not parse (a bad q-value) excludes rather than includes. */
    private static MediaType withoutParameters(String part) {
        try {
            return MediaType.parseMediaType(part.split(";", 2)[0].strip());
        } catch (InvalidMediaTypeException e) {
            return null;
        }
    }
}
