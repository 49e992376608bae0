package org.w3id.rikg.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads the Destatis GV-ISys table of Kreise (as of 2018-12-31) in the two forms the npm package
 * {@code landkreise-deutschland@3.0.0} ships: {@code districts.csv} (the 401 Kreise) and the original
 * spreadsheet {@code 04-kreise.xlsx} (which also names the 16 Länder, their totals and Germany's).
 *
 * <pre>{@code
 * Destatis destatis = Destatis.read(Path.of("raw/districts.csv"), Path.of("raw/04-kreise.xlsx"));
 * }</pre>
 */
record Destatis(List<District> districts, List<Land> laender, Totals germany, String title, String referenceDate,
        String issued, String termsOfUse) {

    /**
     * One Kreis as in districts.csv; numbers are kept as their lexical form in the file. {@code name} is the CSV's
     * name, {@code officialName} the spreadsheet's, which for the nine Stadtkreise adds ", Stadtkreis" ("Karlsruhe,
     * Stadtkreis" beside the Landkreis "Karlsruhe"); for every other Kreis the two are the same.
     */
    record District(String ags, String type, String name, String officialName, String nuts3, String areaKm2,
            String population, String populationMale, String populationFemale, String density) {

        District withOfficialName(String official) {
            return new District(ags, type, name, official, nuts3, areaKm2, population, populationMale, populationFemale,
                    density);
        }

        /** The district-type concept key of the CSV's type. */
        String typeKey() {
            return typeKey(type);
        }

        static String typeKey(String csvType) {
            return switch (csvType) {
                case "Landkreis" -> "landkreis";
                case "Kreis" -> "kreis";
                case "Kreisfreie Stadt" -> "kreisfreie-stadt";
                case "Stadtkreis" -> "stadtkreis";
                case "Regionalverband" -> "regionalverband";
                default -> throw new BuildException("Unknown district type in districts.csv: " + csvType);
            };
        }

        /**
         * The display name: for a Landkreis or Kreis the type word and the official name ("Landkreis
         * Dahme-Spreewald", "Kreis Lippe"), unless the name already says what it is (it contains "kreis",
         * or starts with "Region" or "Städteregion"); every other type keeps its official name (a Stadtkreis with
         * its ", Stadtkreis").
         */
        String displayName() {
            boolean county = type.equals("Landkreis") || type.equals("Kreis");
            String lower = name.toLowerCase(Locale.ROOT);
            if (county && !lower.contains("kreis") && !name.startsWith("Region ")
                    && !name.startsWith("Städteregion ")) {
                return type + " " + officialName;
            }
            return officialName;
        }

        String landCode() {
            return ags.substring(0, 2);
        }
    }

    /** Area and population totals of a Land or of Germany (the spreadsheet's "Insgesamt" rows). */
    record Totals(String areaKm2, String population, String populationMale, String populationFemale,
            String density) {
    }

    /**
     * A Land: its two-digit code and name as the spreadsheet's Land header rows give them, and its totals row
     * ({@code null} where the spreadsheet has none: Hamburg and Berlin, each a single kreisfreie Stadt).
     */
    record Land(String code, String name, Totals totals) {
    }

    private static final Pattern AGS = Pattern.compile("\\d{5}");
    private static final Pattern LAND_CODE = Pattern.compile("\\d{2}");
    private static final Pattern STAND = Pattern.compile("Gebietsstand: (\\d{2})\\.(\\d{2})\\.(\\d{4})");
    private static final Pattern ISSUED = Pattern.compile("Erscheinungsmonat: (\\p{L}+) (\\d{4})");
    private static final List<String> MONTHS = List.of("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli",
            "August", "September", "Oktober", "November", "Dezember");

    /** The Kreise of {@code districts.csv}, in file order. */
    static List<District> readDistricts(Path csv) {
        List<District> districts = new ArrayList<>();
        for (Tsv.Row row : Tsv.read(csv, "raw/districts.csv", ';')) {
            String ags = row.get("AGS");
            if (!AGS.matcher(ags).matches()) {
                throw new BuildException(row.where() + ": AGS " + ags + " is not five digits");
            }
            districts.add(new District(ags, row.get("type"), row.get("name"), row.get("name"), row.get("NUTS3"),
                    row.get("area_km2"),
                    row.get("population"), row.get("population_male"), row.get("population_female"),
                    row.get("population_per_km2")));
        }
        return districts;
    }

    static Destatis read(Path csv, Path xlsx) {
        List<District> districts = readDistricts(csv);
        Map<String, List<String>> deckblatt = new HashMap<>();
        List<List<String>> sheet = readSheets(xlsx, deckblatt);
        List<Land> laender = new ArrayList<>();
        Map<String, String> populationByAgs = new LinkedHashMap<>();
        Map<String, String> nameByAgs = new HashMap<>();
        Totals germany = null;
        String currentCode = null;
        String currentName = null;
        String title = null;
        String referenceDate = null;
        for (List<String> r : sheet) {
            String a = cell(r, 0);
            String b = cell(r, 1);
            String c = cell(r, 2);
            Matcher stand = STAND.matcher(a);
            if (title == null && a.startsWith("Kreisfreie Städte")) {
                title = a;
            } else if (referenceDate == null && stand.matches()) {
                referenceDate = stand.group(3) + "-" + stand.group(2) + "-" + stand.group(1);
            } else if (LAND_CODE.matcher(a).matches() && !b.isEmpty() && c.isEmpty()) {
                if (currentCode != null) {
                    // A Land with a single Kreis (Hamburg, Berlin) has no "Insgesamt" row of its own.
                    laender.add(new Land(currentCode, currentName, null));
                }
                currentCode = a;
                currentName = b;
            } else if (AGS.matcher(a).matches()) {
                populationByAgs.put(a, integer(cell(r, 5)));
                nameByAgs.put(a, c);
            } else if (a.isEmpty() && b.isEmpty() && c.equals("Insgesamt")) {
                if (currentCode == null) {
                    throw new BuildException("04-kreise.xlsx: a Land total before any Land header");
                }
                laender.add(new Land(currentCode, currentName, totals(r)));
                currentCode = null;
            } else if (b.equals("Deutschland") && c.equals("Insgesamt")) {
                if (currentCode != null) {
                    laender.add(new Land(currentCode, currentName, null));
                    currentCode = null;
                }
                germany = totals(r);
            }
        }
        String issued = null;
        String terms = null;
        for (String text : deckblatt.getOrDefault("strings", List.of())) {
            if (text.contains("Vervielfältigung")) {
                terms = text.replaceAll("\\s+", " ").trim();
            }
            Matcher m = ISSUED.matcher(text);
            if (m.find() && MONTHS.contains(m.group(1))) {
                issued = String.format(Locale.ROOT, "%s-%02d", m.group(2), MONTHS.indexOf(m.group(1)) + 1);
            }
        }
        if (laender.size() != 16 || germany == null || title == null || referenceDate == null || issued == null
                || terms == null) {
            throw new BuildException("04-kreise.xlsx: expected 16 Länder, a Germany total, a title, a Gebietsstand "
                    + "and an Erscheinungsmonat; found " + laender.size() + " Länder");
        }
        // The CSV and the spreadsheet must describe the same Kreise with the same population.
        Map<String, String> csvPopulation = new LinkedHashMap<>();
        districts.forEach(d -> csvPopulation.put(d.ags(), d.population()));
        if (!csvPopulation.equals(populationByAgs)) {
            throw new BuildException("districts.csv and 04-kreise.xlsx disagree on the Kreise or their population");
        }
        // The spreadsheet's names are the official ones: the CSV drops ", Stadtkreis" from the nine Stadtkreise, and
        // differs in nothing else.
        List<District> named = new ArrayList<>();
        for (District d : districts) {
            String official = nameByAgs.get(d.ags());
            if (!official.equals(d.name()) && !(d.type().equals("Stadtkreis") && official.equals(d.name() + ", Stadtkreis"))) {
                throw new BuildException("districts.csv names " + d.ags() + " \"" + d.name() + "\", 04-kreise.xlsx \""
                        + official + "\"");
            }
            named.add(d.withOfficialName(official));
        }
        return new Destatis(List.copyOf(named), List.copyOf(laender), germany, title, referenceDate, issued, terms);
    }

    private static Totals totals(List<String> r) {
        return new Totals(decimal(cell(r, 4)), integer(cell(r, 5)), integer(cell(r, 6)), integer(cell(r, 7)),
                decimal(cell(r, 8)));
    }

    /** Spreadsheet numbers are binary doubles; the shortest decimal that reads back as the same double. */
    private static String decimal(String value) {
        return BigDecimal.valueOf(Double.parseDouble(value)).stripTrailingZeros().toPlainString();
    }

    private static String integer(String value) {
        BigDecimal d = new BigDecimal(value);
        return d.toBigIntegerExact().toString();
    }

    private static String cell(List<String> row, int column) {
        return column < row.size() && row.get(column) != null ? row.get(column).trim() : "";
    }

    /** Reads the data sheet into rows of cells (column A = index 0) and collects the cover sheet's strings. */
    private static List<List<String>> readSheets(Path xlsx, Map<String, List<String>> cover) {
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            List<String> shared = new ArrayList<>();
            NodeList sis = parse(zip, "xl/sharedStrings.xml").getElementsByTagNameNS("*", "si");
            for (int i = 0; i < sis.getLength(); i++) {
                NodeList ts = ((Element) sis.item(i)).getElementsByTagNameNS("*", "t");
                StringBuilder text = new StringBuilder();
                for (int j = 0; j < ts.getLength(); j++) {
                    text.append(ts.item(j).getTextContent());
                }
                shared.add(text.toString());
            }
            cover.put("strings", rows(parse(zip, "xl/worksheets/sheet1.xml"), shared).stream()
                    .flatMap(List::stream).filter(s -> s != null && !s.isEmpty()).toList());
            return rows(parse(zip, "xl/worksheets/sheet2.xml"), shared);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + xlsx, e);
        }
    }

    private static List<List<String>> rows(Document sheet, List<String> shared) {
        List<List<String>> rows = new ArrayList<>();
        NodeList rowNodes = sheet.getElementsByTagNameNS("*", "row");
        for (int i = 0; i < rowNodes.getLength(); i++) {
            List<String> row = new ArrayList<>();
            NodeList cells = ((Element) rowNodes.item(i)).getElementsByTagNameNS("*", "c");
            for (int j = 0; j < cells.getLength(); j++) {
                Element c = (Element) cells.item(j);
                int column = column(c.getAttribute("r"));
                NodeList v = c.getElementsByTagNameNS("*", "v");
                if (v.getLength() == 0) {
                    continue;
                }
                String raw = v.item(0).getTextContent();
                String value = "s".equals(c.getAttribute("t")) ? shared.get(Integer.parseInt(raw)) : raw;
                while (row.size() <= column) {
                    row.add("");
                }
                row.set(column, value);
            }
            rows.add(row);
        }
        return rows;
    }

    private static int column(String ref) {
        int col = 0;
        for (char ch : ref.toCharArray()) {
            if (Character.isLetter(ch)) {
                col = col * 26 + (ch - 'A' + 1);
            } else {
                break;
            }
        }
        return col - 1;
    }

    private static Document parse(ZipFile zip, String entry) throws IOException {
        ZipEntry e = zip.getEntry(entry);
        if (e == null) {
            throw new BuildException("04-kreise.xlsx has no " + entry);
        }
        try (InputStream in = zip.getInputStream(e)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(in);
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException ex) {
            throw new BuildException("04-kreise.xlsx: cannot parse " + entry + ": " + ex.getMessage());
        }
    }
}
