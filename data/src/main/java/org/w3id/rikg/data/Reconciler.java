package org.w3id.rikg.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Matches a district name as a source writes it, together with the district type the source means, to
 * exactly one Kreis of the Destatis list. Rules, tried in this order:
 * <ol>
 * <li>{@code official-name}: the name equals the official Destatis name of a Kreis of that type;</li>
 * <li>{@code display-name}: the name equals the display name of a Kreis of that type ("Landkreis Celle",
 * "Kreis Lippe", see {@link Destatis.District#displayName()});</li>
 * <li>{@code variant}: the name (or the name without its type word) is a listed variant of an official name
 * ({@code curated/name-variants.tsv}), and the official name matches by rule 1.</li>
 * </ol>
 * The type decides between a Landkreis and a city of the same name (Karlsruhe, Oldenburg, Coburg). No match or
 * more than one match is a {@link BuildException}: the build stops rather than guess.
 *
 * <pre>{@code
 * Reconciler.Match m = reconciler.match("Landkreis Dahme-Spreeland", "landkreis", "memberships.tsv:7");
 * m.ags(); // "12061", m.rule() "variant"
 * }</pre>
 */
final class Reconciler {

    /** A match and how it was found, for the reconciliation report. */
    record Match(String where, String name, String expectedType, String ags, String officialName, String rule,
            String note) {
    }

    /** A known variant of an official name, and the source that says so. */
    record Variant(String variant, String officialName, String type, String usedBy, String source) {
    }

    private final List<Destatis.District> districts;
    private final Map<String, Variant> variants = new TreeMap<>();
    private final List<Match> matches = new ArrayList<>();

    Reconciler(List<Destatis.District> districts, List<Variant> variants) {
        this.districts = List.copyOf(districts);
        for (Variant v : variants) {
            this.variants.put(v.variant(), v);
        }
    }

    Match match(String name, String expectedType, String where) {
        if (name.isBlank()) {
            throw new BuildException(where + ": empty district name");
        }
        List<Destatis.District> found = candidates(name, expectedType, true);
        String rule = "official-name";
        String note = "";
        if (found.isEmpty()) {
            found = candidates(name, expectedType, false);
            rule = "display-name";
        }
        if (found.isEmpty()) {
            Variant v = variants.get(name);
            if (v == null) {
                v = variants.get(stripTypeWord(name));
            }
            if (v != null && (expectedType.isEmpty() || v.type().equals(expectedType))) {
                found = candidates(v.officialName(), v.type(), true);
                rule = "variant";
                note = "variant of " + v.officialName() + " [" + v.source() + "]";
            }
        }
        if (found.isEmpty()) {
            throw new BuildException(where + ": unmatched district name \"" + name + "\""
                    + (expectedType.isEmpty() ? "" : " of type " + expectedType)
                    + ": no Destatis Kreis has this official or display name and no variant lists it");
        }
        if (found.size() > 1) {
            throw new BuildException(where + ": ambiguous district name \"" + name + "\""
                    + (expectedType.isEmpty() ? " (no type given)" : " of type " + expectedType) + " matches "
                    + found.stream().map(d -> d.ags() + " " + d.type() + " " + d.name())
                            .collect(Collectors.joining(", ")));
        }
        Destatis.District d = found.get(0);
        List<Destatis.District> otherTypes = candidates(d.name(), "", true).stream()
                .filter(o -> !o.ags().equals(d.ags())).toList();
        if (!otherTypes.isEmpty()) {
            note = (note.isEmpty() ? "" : note + "; ") + "type " + d.typeKey() + " excludes "
                    + otherTypes.stream().map(o -> o.ags() + " (" + o.typeKey() + ")").collect(Collectors.joining(", "));
        }
        Match m = new Match(where, name, expectedType, d.ags(), d.officialName(), rule, note);
        matches.add(m);
        return m;
    }

    List<Match> matches() {
        return List.copyOf(matches);
    }

    private List<Destatis.District> candidates(String name, String type, boolean official) {
        return districts.stream()
                .filter(d -> type.isEmpty() || d.typeKey().equals(type))
                .filter(d -> official ? d.name().equals(name) || d.officialName().equals(name) : d.displayName().equals(name))
                .toList();
    }

    private static String stripTypeWord(String name) {
        for (String word : List.of("Landkreis ", "Kreis ")) {
            if (name.startsWith(word)) {
                return name.substring(word.length());
            }
        }
        return name;
    }
}
