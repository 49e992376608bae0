package org.w3id.rikg.data;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.rikg.bundle.GraphManifest;
import org.w3id.rikg.vocab.RIKGID;

/**
 * Builds the RIKG dataset from the raw and curated sources in {@code data/}: one Turtle file per named graph in
 * {@code data/rdf/}, the graph manifest {@code META-INF/rikg/graphs.tsv} and a reconciliation report. The build is
 * a pure function of its input files: no clock, no network, sorted output.
 *
 * <pre>{@code
 * mvn -B -q -pl data -am -Pregenerate process-classes      # or, from data/:
 * java ... org.w3id.rikg.data.BuildDataset .                # the data module folder
 * }</pre>
 */
public final class BuildDataset {

    /** Where the shipped files go, relative to the data module folder. */
    public static final String RDF_DIR = "rdf";
    public static final String MANIFEST = "src/main/resources/META-INF/rikg/graphs.tsv";
    public static final String REPORT = "reconciliation-report.tsv";

    static final String CC_BY = "https://creativecommons.org/licenses/by/4.0/";
    static final String CC0 = "https://creativecommons.org/publicdomain/zero/1.0/";
    static final String DESTATIS = "destatis-gv-isys-2018";
    static final String WIKIDATA = "wikidata-kreise";
    static final String GEOMETRY = "nuts-2016-geometry";
    static final String LDS = "lds-2024-0189";
    static final String META = "meta";
    /** The project's domain brief (a copy of shared/DOMAIN.md): the citations of the sources it lists. */
    static final String BRIEF = "domain-brief.md";
    /** Sources described by their raw files rather than by a citation of the brief: Destatis, Wikidata, NUTS. */
    private static final List<String> FROM_FILES = List.of("DOMAIN", "K", "W", "N");
    /**
     * The graph of RIKG's own editorial classification: the themes and target groups of practices and the legal areas
     * of laws, assigned by RIKG's editors from the wording of each row's cited source; no source states them.
     */
    static final String CLASSIFICATION = "rikg-classification";
    /** The source resource of the classification graph: RIKG's editors. */
    static final String EDITORS = "rikg-editors";
    /** The ontology resource: the source of the graphs the ontology module ships. */
    static final String ONTOLOGY = "https://w3id.org/rikg/ontology";
    /** Where the ontology jar carries its files, and the manifest that lists its graphs. */
    static final String ONTOLOGY_CLASSPATH = "rikg/ontology/";
    static final String GRAPH_MANIFEST = GraphManifest.PATH;

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final Path dataDir;
    private final Map<String, Graph> graphs = new TreeMap<>();
    private final Map<String, TreeSet<String>> inputsByGraph = new TreeMap<>();
    private final Map<String, String> sourceIriKey = new LinkedHashMap<>();
    private final Map<String, Tsv.Row> sourceRows = new LinkedHashMap<>();
    /** raw/{file} → its row of curated/raw-files.tsv (origin, licence, attribution). */
    private final Map<String, Tsv.Row> rawFileRows = new TreeMap<>();
    /** Source key → its retrieved page, for every source of sources.tsv with a {@code retrieved} file. */
    private final Map<String, RetrievedPage> pages = new TreeMap<>();
    private final Map<String, String> landCodeByName = new TreeMap<>();
    /** The graphs (keys) of the sources whose wording graph/rikg-classification classifies. */
    private final TreeSet<String> classifiedGraphs = new TreeSet<>();
    /** The law ids of laws.tsv, which programmes may name as their legal basis. */
    private final TreeSet<String> lawIds = new TreeSet<>();
    /** Organisation ids referenced by a row (funder, partner), each with the row that first named it. */
    private final Map<String, String> referencedOrganizations = new TreeMap<>();
    /** Resources that claims are about, each with the row of the claim. */
    private final Map<Node, String> claimTargets = new LinkedHashMap<>();
    private String domainText;
    private String releaseText;
    private Reconciler reconciler;
    private Destatis destatis;

    private BuildDataset(Path dataDir) {
        this.dataDir = dataDir;
    }

    /** Regenerates the shipped files of the data module in {@code args[0]} (default: the working folder). */
    public static void main(String[] args) {
        Path dataDir = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Map<String, String> files = build(dataDir);
        write(files, dataDir);
        System.out.println("RIKG dataset: wrote " + files.size() + " files under " + dataDir);
    }

    /**
     * Builds every output file in memory, keyed by its path relative to the data module folder
     * ({@code rdf/lds-2024-0189.ttl}, {@code src/main/resources/META-INF/rikg/graphs.tsv}, ...).
     *
     * @throws BuildException when a source row cannot be verified or reconciled
     */
    public static Map<String, String> build(Path dataDir) {
        return new BuildDataset(dataDir).run();
    }

    /** Writes the built files below {@code dataDir}, replacing the *.ttl files of the rdf folder. */
    public static void write(Map<String, String> files, Path dataDir) {
        try {
            Path rdf = dataDir.resolve(RDF_DIR);
            Files.createDirectories(rdf);
            try (Stream<Path> old = Files.list(rdf)) {
                for (Path p : old.toList()) {
                    if (p.toString().endsWith(".ttl") || p.getFileName().toString().equals(REPORT)) {
                        Files.delete(p);
                    }
                }
            }
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path target = dataDir.resolve(f.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, f.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, String> run() {
        domainText = read("raw/" + BRIEF);
        releaseText = read("raw/lds-press-release-2024-0189.txt");
        Map<String, String> hashes = checkRawFiles();
        Map<String, OntologyFile> ontologyFiles = readOntologyGraphs();
        ontologyFiles.values().forEach(f -> hashes.put(f.repositoryPath(), f.sha256()));
        readSources();
        destatis = Destatis.read(dataDir.resolve("raw/districts.csv"), dataDir.resolve("raw/04-kreise.xlsx"));
        destatis.laender().forEach(l -> landCodeByName.put(l.name(), l.code()));
        reconciler = new Reconciler(destatis.districts(), readVariants());

        buildDestatis();
        buildWikidata();
        buildGeometry();
        buildMemberships();
        buildCohorts();
        buildOrganizations();
        buildPractices();
        buildLaws();
        buildProgrammes();
        buildLandLawStatus();
        buildStatements();
        buildClaims();
        checkReferences();
        completeTypes();
        buildMeta(hashes, ontologyFiles);

        Map<String, String> out = new TreeMap<>();
        StringBuilder manifest = new StringBuilder("# Named graphs shipped by rikg-data: <graph IRI> TAB <classpath path>.\n"
                + "# Generated by org.w3id.rikg.data.BuildDataset; do not edit.\n");
        for (Map.Entry<String, Graph> g : graphs.entrySet()) {
            String file = g.getKey() + ".ttl";
            out.put(RDF_DIR + "/" + file, TurtleWriter.write(g.getValue(), "Named graph " + Ns.GRAPH + g.getKey()
                    + "\nGenerated by org.w3id.rikg.data.BuildDataset from data/raw and data/curated; do not edit."
                    + "\nProvenance of this graph: see graph " + Ns.GRAPH + META + "."));
            manifest.append(Ns.GRAPH).append(g.getKey()).append('\t').append("rikg/data/").append(file).append('\n');
        }
        out.put(MANIFEST, manifest.toString());
        out.put(RDF_DIR + "/" + REPORT, report());
        return out;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Inputs

    private String read(String relative) {
        try {
            return Files.readString(dataDir.resolve(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + relative, e);
        }
    }

    /** The columns of each curated table, in order: a table whose header differs is refused (no cell is silently lost). */
    static final Map<String, List<String>> COLUMNS = Map.ofEntries(
            Map.entry("claims.tsv", List.of("claim", "about", "statement_de", "statement_en", "source", "evidence")),
            Map.entry("cohorts.tsv", List.of("cohort", "source", "label_en", "label_de", "start", "end", "participant_count",
                    "participants", "evidence")),
            Map.entry("land-law-status.tsv", List.of("land", "has_integration_law", "as_of", "source", "evidence")),
            Map.entry("laws.tsv", List.of("law", "title", "title_short", "legal_form", "legal_area", "jurisdiction",
                    "applies_in", "date_document", "date_adopted", "in_force", "year", "note_en", "replaces", "source",
                    "evidence")),
            Map.entry("memberships.tsv", List.of("name", "district_type", "role", "source", "evidence")),
            Map.entry("name-variants.tsv", List.of("variant", "kind", "official_name", "district_type", "used_by", "source",
                    "evidence")),
            Map.entry("organizations.tsv", List.of("organization", "label_de", "as_written", "label_en", "type", "source",
                    "evidence")),
            Map.entry("practices.tsv", List.of("practice", "kind", "district", "district_type", "label_de", "label_en",
                    "description_de", "description_en", "start", "end", "programme", "themes", "target_groups",
                    "funding_note_en", "source", "evidence", "funded_by", "partners")),
            Map.entry("programmes.tsv", List.of("programme", "label_de", "label_en", "description_de", "description_en",
                    "start", "end", "land", "law", "funder", "source", "evidence")),
            Map.entry("raw-files.tsv", List.of("file", "sha256", "source", "origin", "licence", "attribution")),
            Map.entry("sources.tsv", List.of("key", "iri_key", "title", "title_lang", "cited_location", "retrieved",
                    "publisher", "issued", "issued_evidence")),
            Map.entry("statements.tsv", List.of("subject", "predicate", "object", "source", "evidence")));

    private List<Tsv.Row> table(String name) {
        Path file = dataDir.resolve("curated").resolve(name);
        List<String> expected = COLUMNS.get(name);
        if (expected == null) {
            throw new BuildException("curated/" + name + " is not a known table");
        }
        List<String> header;
        try (java.io.BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = in.readLine();
            header = first == null ? List.of() : List.of(first.split("\t", -1));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read curated/" + name, e);
        }
        if (!header.equals(expected)) {
            throw new BuildException("curated/" + name + ": the header must be " + String.join(" ", expected) + ", is "
                    + String.join(" ", header));
        }
        return Tsv.read(file, "curated/" + name, '\t');
    }

    /** Every raw file is listed in curated/raw-files.tsv with the SHA-256 it must have. Returns path → hash. */
    private Map<String, String> checkRawFiles() {
        Map<String, String> listed = new TreeMap<>();
        for (Tsv.Row row : table("raw-files.tsv")) {
            listed.put(row.get("file"), row.get("sha256"));
            rawFileRows.put("raw/" + row.get("file"), row);
        }
        Map<String, String> hashes = new TreeMap<>();
        Path rawDir = dataDir.resolve("raw");
        try (Stream<Path> raw = Files.walk(rawDir); Stream<Path> curated = Files.list(dataDir.resolve("curated"))) {
            for (Path p : Stream.concat(raw.filter(Files::isRegularFile), curated).sorted().toList()) {
                String name = p.getFileName().toString();
                if (p.equals(rawDir.resolve("README.md"))) {
                    continue;
                }
                String rel = p.startsWith(rawDir) ? "raw/" + rawDir.relativize(p).toString().replace('\\', '/')
                        : "curated/" + name;
                String hash = sha256(Files.readAllBytes(p));
                hashes.put(rel, hash);
                if (rel.startsWith("raw/")) {
                    String expected = listed.remove(rel.substring("raw/".length()));
                    if (expected == null) {
                        throw new BuildException(rel + " is not listed in curated/raw-files.tsv");
                    }
                    if (!expected.equals(hash)) {
                        throw new BuildException(rel + " has SHA-256 " + hash + ", curated/raw-files.tsv says " + expected);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!listed.isEmpty()) {
            throw new BuildException("curated/raw-files.tsv lists missing raw files " + listed.keySet());
        }
        return hashes;
    }

    /** A graph the ontology module ships: its Turtle file on the classpath, that file's bytes, hash and triple count. */
    record OntologyFile(String graphIri, String classpath, String sha256, long triples) {

        /** The file's path in the repository: the ontology module puts {@code ontology/x} at {@code rikg/ontology/x}. */
        String repositoryPath() {
            return "ontology/" + classpath.substring(ONTOLOGY_CLASSPATH.length());
        }
    }

    /**
     * The graphs listed by the ontology jar's {@code META-INF/rikg/graphs.tsv} (the manifest lines whose file lies under
     * {@code rikg/ontology/}), each with the SHA-256 and the triple count of its file, read from the classpath.
     * Returns graph IRI → file, sorted. The four graphs of {@link RIKGID} must be there, and no other.
     */
    /** The ontology graph, read from the classpath: the class hierarchy the types are completed from. */
    private static Graph ontology;

    private static Map<String, OntologyFile> readOntologyGraphs() {
        Map<String, OntologyFile> files = new TreeMap<>();
        ClassLoader loader = BuildDataset.class.getClassLoader();
        for (Map.Entry<String, String> graph : GraphManifest.onClasspath(loader).entrySet()) {
            if (!graph.getValue().startsWith(ONTOLOGY_CLASSPATH)) {
                continue;
            }
            byte[] bytes;
            try (InputStream in = loader.getResourceAsStream(graph.getValue())) {
                if (in == null) {
                    throw new BuildException(GRAPH_MANIFEST + " lists " + graph.getValue() + ", which is not on the classpath");
                }
                bytes = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Graph g = GraphFactory.createDefaultGraph();
            RDFDataMgr.read(g, new ByteArrayInputStream(bytes), Lang.TURTLE);
            files.put(graph.getKey(), new OntologyFile(graph.getKey(), graph.getValue(), sha256(bytes), g.size()));
            if (graph.getKey().equals(RIKGID.ONTOLOGY_GRAPH)) {
                ontology = g;
            }
        }
        TreeSet<String> expected = new TreeSet<>(List.of(RIKGID.ONTOLOGY_GRAPH, RIKGID.SCHEMES_GRAPH, RIKGID.SHAPES_GRAPH,
                RIKGID.SHAPES_RECOMMENDED_GRAPH));
        if (!files.keySet().equals(expected)) {
            throw new BuildException("The ontology jar's " + GRAPH_MANIFEST + " lists the graphs " + files.keySet()
                    + "; graph/meta describes " + expected + ". Describe every graph in BuildDataset.describeOntologyGraph.");
        }
        return files;
    }

    /**
     * Reads curated/sources.tsv. A source with a {@code retrieved} file (under raw/) is checked against that
     * retrieved text; one without is a source the domain brief cites and the build never read: its cited location
     * must be the brief's, and its quotations are checked against the brief.
     */
    private void readSources() {
        for (Tsv.Row row : table("sources.tsv")) {
            String key = row.get("key");
            if (sourceIriKey.put(key, row.get("iri_key")) != null) {
                throw new BuildException(row.where() + ": source key " + key + " is listed twice");
            }
            sourceRows.put(key, row);
            String loc = row.get("cited_location");
            if (!loc.isEmpty() && !normalize(domainText).contains(normalize(key + ": " + loc))) {
                throw new BuildException(row.where() + ": the domain brief does not cite " + key + " as \"" + loc + "\"");
            }
            String retrieved = row.get("retrieved");
            if (!retrieved.isEmpty()) {
                pages.put(key, RetrievedPage.read(dataDir, retrieved));
                if (row.get("publisher").isEmpty()) {
                    throw new BuildException(row.where() + ": a retrieved source names its publisher");
                }
                if (!row.get("issued").isEmpty()) {
                    temporal(row.get("issued"), row.where());
                    evidence(row, key, "issued_evidence");
                }
            } else if (loc.isEmpty() && !FROM_FILES.contains(key)) {
                throw new BuildException(row.where() + ": source " + key + " is neither retrieved nor cited by the brief");
            }
        }
    }

    /** Whether the build checked the source's quotations against a text of the source itself (not the brief). */
    private boolean checkedAgainstSource(String key) {
        return pages.containsKey(key) || key.equals("LDS");
    }

    private List<Reconciler.Variant> readVariants() {
        List<Reconciler.Variant> variants = new ArrayList<>();
        for (Tsv.Row row : table("name-variants.tsv")) {
            evidence(row, source(row));
            if (!normalize(textOf(row.get("used_by"))).contains(row.get("variant"))) {
                throw new BuildException(row.where() + ": " + row.get("used_by") + " does not use " + row.get("variant"));
            }
            variants.add(new Reconciler.Variant(row.get("variant"), row.get("official_name"), row.get("district_type"),
                    row.get("used_by"), row.get("source")));
        }
        return variants;
    }

    /**
     * The source key of a row, checked against sources.tsv. One key per row: a row's facts go into its source's graph,
     * and a graph holds only what its own source says. Where two sources state the same fact, each has its own row
     * with its own quotation.
     */
    private String source(Tsv.Row row) {
        String key = row.get("source").trim();
        if (key.contains(";")) {
            throw new BuildException(row.where() + ": several source keys (" + key + "); give each source its own row with"
                    + " its own quotation, so that each graph holds only what its source says");
        }
        if (!sourceIriKey.containsKey(key)) {
            throw new BuildException(row.where() + ": unknown source key " + key);
        }
        return key;
    }

    private String textOf(String sourceKey) {
        if (pages.containsKey(sourceKey)) {
            return pages.get(sourceKey).body();
        }
        return sourceKey.equals("LDS") ? releaseText : domainText;
    }

    private String nameOfText(String sourceKey) {
        if (pages.containsKey(sourceKey)) {
            return "the retrieved text of " + sourceKey + " (" + pages.get(sourceKey).file() + ")";
        }
        return sourceKey.equals("LDS") ? "the press release" : "the domain brief (raw/" + BRIEF + ")";
    }

    private void evidence(Tsv.Row row, String key) {
        evidence(row, key, "evidence");
    }

    /** Every snippet (separated by ~) of the evidence column occurs verbatim in the text of the row's source. */
    private void evidence(Tsv.Row row, String key, String column) {
        String ev = row.get(column);
        if (ev.isEmpty()) {
            throw new BuildException(row.where() + ": no " + column + " given");
        }
        String text = normalize(textOf(key));
        for (String snippet : ev.split("~")) {
            if (!text.contains(normalize(snippet))) {
                throw new BuildException(row.where() + ": " + column + " not found verbatim in " + nameOfText(key)
                        + ": \"" + snippet + "\"");
            }
        }
    }

    /** Whitespace-normalised text, as quotations are compared. */
    static String normalize(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Graph helpers

    private Graph graph(String sourceKey, String inputFile) {
        String key = sourceIriKey.getOrDefault(sourceKey, sourceKey);
        inputsByGraph.computeIfAbsent(key, k -> new TreeSet<>()).add(inputFile);
        return graphs.computeIfAbsent(key, k -> GraphFactory.createDefaultGraph());
    }

    /**
     * The graph of RIKG's editorial classification, for a classification made in {@code inputFile} from the wording
     * of the source {@code sourceKey}: the classification is not that source's statement, so it never goes into the
     * source's graph.
     */
    private Graph classification(String sourceKey, String inputFile) {
        classifiedGraphs.add(sourceIriKey.get(sourceKey));
        inputsByGraph.computeIfAbsent(CLASSIFICATION, k -> new TreeSet<>()).add(inputFile);
        return graphs.computeIfAbsent(CLASSIFICATION, k -> GraphFactory.createDefaultGraph());
    }

    private static void add(Graph g, Node s, String p, Node o) {
        g.add(s, Ns.curie(p), o);
    }

    private static Node lit(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static Node lang(String s, String lang) {
        return NodeFactory.createLiteralLang(s, lang);
    }

    private static Node typed(String lex, XSDDatatype type) {
        if (!type.isValid(lex)) {
            throw new BuildException("\"" + lex + "\" is not a valid " + type.getURI());
        }
        return NodeFactory.createLiteralDT(lex, type);
    }

    /** A date as precise as the source: yyyy, yyyy-mm or yyyy-mm-dd. */
    private static Node temporal(String value, String where) {
        if (DATE.matcher(value).matches()) {
            return typed(value, XSDDatatype.XSDdate);
        }
        if (YEAR_MONTH.matcher(value).matches()) {
            return typed(value, XSDDatatype.XSDgYearMonth);
        }
        if (YEAR.matcher(value).matches()) {
            return typed(value, XSDDatatype.XSDgYear);
        }
        throw new BuildException(where + ": not a date, month or year: " + value);
    }

    private Node district(String name, String type, String where) {
        return Ns.id("district/" + reconciler.match(name, type, where).ags());
    }

    private Node land(String name, String where) {
        if (name.equals("DE")) {
            return Ns.id("country/DE");
        }
        String code = landCodeByName.get(name);
        if (code == null) {
            throw new BuildException(where + ": unknown Land \"" + name + "\" (not among the 16 Länder of the Destatis table)");
        }
        return Ns.id("land/" + code);
    }

    // ---------------------------------------------------------------------------------------------------------
    // graph/destatis-gv-isys-2018 and graph/wikidata-kreise

    private void buildDestatis() {
        String ref = destatis.referenceDate();
        Graph g = graph("K", "raw/districts.csv");
        graph("K", "raw/04-kreise.xlsx");
        Node source = Ns.id("source/" + DESTATIS);
        add(g, source, "rdf:type", Ns.rikg("SourceDocument"));
        add(g, source, "dcterms:title", lang(destatis.title(), "de"));
        add(g, source, "dcterms:issued", typed(destatis.issued(), XSDDatatype.XSDgYearMonth));
        Node destatisOrg = Ns.id("organization/statistisches-bundesamt");
        add(g, source, "dcterms:publisher", destatisOrg);
        add(g, destatisOrg, "rdf:type", Ns.curie("org:FormalOrganization"));
        add(g, destatisOrg, "rdfs:label", lang("Statistisches Bundesamt (Destatis)", "de"));
        add(g, destatisOrg, "org:classification", Ns.id("organization-type/public-authority"));

        for (Destatis.District d : destatis.districts()) {
            Node s = Ns.id("district/" + d.ags());
            add(g, s, "rdf:type", Ns.rikg("District"));
            add(g, s, "rikg:ags", lit(d.ags()));
            add(g, s, "rikg:districtType", Ns.id("district-type/" + d.typeKey()));
            add(g, s, "skos:prefLabel", lang(d.officialName(), "de"));
            add(g, s, "rdfs:label", lang(d.displayName(), "de"));
            add(g, s, "rikg:nutsCode", lit(d.nuts3()));
            add(g, s, "rikg:nutsRegion", Ns.iri(Ns.NUTS + d.nuts3()));
            if (!landCodeByName.containsValue(d.landCode())) {
                throw new BuildException("raw/districts.csv: " + d.ags() + " lies in no known Land");
            }
            add(g, s, "rikg:inLand", Ns.id("land/" + d.landCode()));
            statistics(g, s, d.ags(), ref, new Destatis.Totals(d.areaKm2(), d.population(), d.populationMale(),
                    d.populationFemale(), d.density()));
        }
        for (Destatis.Land l : destatis.laender()) {
            Node s = Ns.id("land/" + l.code());
            add(g, s, "rdf:type", Ns.rikg("Land"));
            add(g, s, "rikg:landCode", lit(l.code()));
            add(g, s, "skos:prefLabel", lang(l.name(), "de"));
            add(g, s, "rdfs:label", lang(l.name(), "de"));
            add(g, s, "dcterms:isPartOf", Ns.id("country/DE"));
            List<Destatis.District> kreise = destatis.districts().stream().filter(d -> d.landCode().equals(l.code())).toList();
            if (l.totals() != null) {
                statistics(g, s, l.code(), ref, withAreaSum(l.totals(), kreise, "Land " + l.code()));
            } else if (kreise.size() == 1) {
                // Berlin and Hamburg: the table has no Land row, because each Land is one Kreis; its figures are the Kreis's.
                Destatis.District d = kreise.get(0);
                statistics(g, s, l.code(), ref, new Destatis.Totals(d.areaKm2(), d.population(), d.populationMale(),
                        d.populationFemale(), d.density()));
                Node stats = Ns.id("statistics/" + l.code() + "-" + ref);
                add(g, stats, "rdfs:comment", lang("Abgeleitet: Die Tabelle hat für " + l.name() + " keine Landeszeile, "
                        + "weil das Land ein einziger Kreis ist (" + d.ags() + "); die Zahlen sind die dieses Kreises.", "de"));
                add(g, stats, "rdfs:comment", lang("Derived: the table has no Land row for " + l.name() + ", because the "
                        + "Land is a single Kreis (" + d.ags() + "); the figures are that Kreis's.", "en"));
            } else {
                throw new BuildException("04-kreise.xlsx has no totals for Land " + l.code() + ", which has "
                        + kreise.size() + " Kreise");
            }
        }
        Node de = Ns.id("country/DE");
        add(g, de, "rdf:type", Ns.rikg("Country"));
        add(g, de, "skos:prefLabel", lang("Deutschland", "de"));
        add(g, de, "rdfs:label", lang("Deutschland", "de"));
        statistics(g, de, "DE", ref, withAreaSum(destatis.germany(), destatis.districts(), "Deutschland"));
    }

    /**
     * The spreadsheet stores a total area as a binary double ({@code 47709.50999999999}): the same sum of its
     * Kreise's areas, summed as decimals ({@code 47709.51}), stands in for it, after checking that it is that
     * double within rounding; the populations are integers and stay as they are.
     */
    private static Destatis.Totals withAreaSum(Destatis.Totals totals, List<Destatis.District> kreise, String what) {
        java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
        for (Destatis.District d : kreise) {
            sum = sum.add(new java.math.BigDecimal(d.areaKm2()));
        }
        if (Math.abs(sum.doubleValue() - Double.parseDouble(totals.areaKm2())) > 0.005) {
            throw new BuildException("The area of " + what + " in 04-kreise.xlsx (" + totals.areaKm2()
                    + ") is not the sum of its Kreise's areas (" + sum.toPlainString() + ")");
        }
        return new Destatis.Totals(sum.stripTrailingZeros().toPlainString(), totals.population(),
                totals.populationMale(), totals.populationFemale(), totals.density());
    }

    private static void statistics(Graph g, Node area, String key, String ref, Destatis.Totals t) {
        Node s = Ns.id("statistics/" + key + "-" + ref);
        add(g, area, "rikg:hasStatistics", s);
        add(g, s, "rdf:type", Ns.rikg("AreaStatistics"));
        add(g, s, "rikg:referenceDate", typed(ref, XSDDatatype.XSDdate));
        add(g, s, "rikg:areaKm2", typed(t.areaKm2(), XSDDatatype.XSDdecimal));
        add(g, s, "rikg:population", typed(t.population(), XSDDatatype.XSDinteger));
        add(g, s, "rikg:populationMale", typed(t.populationMale(), XSDDatatype.XSDinteger));
        add(g, s, "rikg:populationFemale", typed(t.populationFemale(), XSDDatatype.XSDinteger));
        add(g, s, "rikg:populationDensity", typed(t.density(), XSDDatatype.XSDdecimal));
    }

    private void buildWikidata() {
        Graph g = graph("W", "raw/kreise.csv");
        TreeSet<String> known = new TreeSet<>();
        destatis.districts().forEach(d -> known.add(d.ags()));
        Pattern entity = Pattern.compile(Pattern.quote(Ns.WD) + "Q\\d+");
        TreeSet<String> linked = new TreeSet<>();
        for (Tsv.Row row : Tsv.read(dataDir.resolve("raw/kreise.csv"), "raw/kreise.csv", '\t')) {
            String ags = String.format("%05d", Integer.parseInt(row.get("RS")));
            if (!known.contains(ags)) {
                throw new BuildException(row.where() + ": Regionalschlüssel " + row.get("RS") + " is no Destatis Kreis");
            }
            if (!entity.matcher(row.get("wd")).matches()) {
                throw new BuildException(row.where() + ": not a Wikidata entity IRI: " + row.get("wd"));
            }
            if (!linked.add(ags)) {
                throw new BuildException(row.where() + ": Regionalschlüssel " + row.get("RS") + " is linked twice");
            }
            add(g, Ns.id("district/" + ags), "owl:sameAs", Ns.iri(row.get("wd")));
        }
    }

    /**
     * The endpoint does no inference, so every resource typed with one of RIKG's classes is typed with its RIKG
     * superclasses as well, in the same graph ({@code rikg:Project} is a {@code rikg:Practice}): a researcher who
     * asks {@code ?x a rikg:Practice} finds every practice. Only RIKG's own hierarchy is completed.
     */
    private void completeTypes() {
        Node type = Ns.curie("rdf:type");
        Node subClassOf = Ns.curie("rdfs:subClassOf");
        for (Graph g : graphs.values()) {
            List<org.apache.jena.graph.Triple> typed = g.find(Node.ANY, type, Node.ANY).toList();
            for (org.apache.jena.graph.Triple t : typed) {
                java.util.ArrayDeque<Node> todo = new java.util.ArrayDeque<>(List.of(t.getObject()));
                java.util.Set<Node> seen = new java.util.HashSet<>();
                while (!todo.isEmpty()) {
                    Node c = todo.pop();
                    if (!c.isURI() || !c.getURI().startsWith(Ns.RIKG) || !seen.add(c)) {
                        continue;
                    }
                    for (org.apache.jena.graph.Triple sup : ontology.find(c, subClassOf, Node.ANY).toList()) {
                        Node superclass = sup.getObject();
                        if (superclass.isURI() && superclass.getURI().startsWith(Ns.RIKG)) {
                            g.add(org.apache.jena.graph.Triple.create(t.getSubject(), type, superclass));
                            todo.push(superclass);
                        }
                    }
                }
            }
        }
    }

    /**
     * The NUTS 2016 geometry of every Kreis and Land (GeoSPARQL), from the Nuts2json extract: each Kreis gets its
     * NUTS-3 polygon (geo:hasDefaultGeometry) and its label point, joined by the NUTS-3 code Destatis gives it; each
     * Land its NUTS-1 polygon, joined by the NUTS-1 code its Kreise share (the first three characters of their
     * NUTS-3 codes). Coordinates are copied as the source writes them (longitude latitude, CRS84, 3 decimals).
     */
    private void buildGeometry() {
        Graph g = graph("N", "raw/nuts3-2016-de.geojson");
        inputsByGraph.get(sourceIriKey.get("N")).addAll(List.of("raw/nuts1-2016-de.geojson",
                "raw/nuts3-2016-de-points.geojson", "raw/nuts2016-de-README.md"));
        Map<String, String> polygons3 = geojson("raw/nuts3-2016-de.geojson");
        Map<String, String> points3 = geojson("raw/nuts3-2016-de-points.geojson");
        Map<String, String> polygons1 = geojson("raw/nuts1-2016-de.geojson");
        Map<String, String> nuts1ByLand = new TreeMap<>();
        for (Destatis.District d : destatis.districts()) {
            String polygon = polygons3.get(d.nuts3());
            String point = points3.get(d.nuts3());
            if (polygon == null || point == null) {
                throw new BuildException("No NUTS 2016 polygon and label point for " + d.ags() + " (" + d.nuts3() + ")");
            }
            Node district = Ns.id("district/" + d.ags());
            Node area = Ns.id("geometry/nuts-2016/" + d.nuts3());
            Node label = Ns.id("geometry/nuts-2016/" + d.nuts3() + "-label-point");
            add(g, district, "geo:hasGeometry", area);
            add(g, district, "geo:hasDefaultGeometry", area);
            add(g, district, "geo:hasGeometry", label);
            geometry(g, area, polygon, "Gebiet " + d.nuts3() + " (NUTS 2016, 1:20 Mio.)", "Area " + d.nuts3()
                    + " (NUTS 2016, 1:20 million)");
            geometry(g, label, point, "Beschriftungspunkt " + d.nuts3() + " (NUTS 2016)", "Label point " + d.nuts3()
                    + " (NUTS 2016)");
            String land = d.ags().substring(0, 2);
            String nuts1 = d.nuts3().substring(0, 3);
            String known = nuts1ByLand.putIfAbsent(land, nuts1);
            if (known != null && !known.equals(nuts1)) {
                throw new BuildException("The Kreise of Land " + land + " lie in NUTS-1 regions " + known + " and " + nuts1);
            }
        }
        for (Map.Entry<String, String> e : nuts1ByLand.entrySet()) {
            String polygon = polygons1.get(e.getValue());
            if (polygon == null) {
                throw new BuildException("No NUTS 2016 polygon for NUTS-1 region " + e.getValue() + " (Land " + e.getKey() + ")");
            }
            Node land = Ns.id("land/" + e.getKey());
            Node area = Ns.id("geometry/nuts-2016/" + e.getValue());
            add(g, land, "geo:hasGeometry", area);
            add(g, land, "geo:hasDefaultGeometry", area);
            geometry(g, area, polygon, "Gebiet " + e.getValue() + " (NUTS 2016, 1:20 Mio.)", "Area " + e.getValue()
                    + " (NUTS 2016, 1:20 million)");
        }
        if (nuts1ByLand.size() != 16) {
            throw new BuildException("Geometry for " + nuts1ByLand.size() + " Länder, expected 16");
        }
    }

    private static void geometry(Graph g, Node geometry, String wkt, String de, String en) {
        add(g, geometry, "rdf:type", Ns.curie("geo:Geometry"));
        add(g, geometry, "rdfs:label", lang(de, "de"));
        add(g, geometry, "rdfs:label", lang(en, "en"));
        add(g, geometry, "geo:asWKT", NodeFactory.createLiteralDT(wkt,
                org.apache.jena.datatypes.TypeMapper.getInstance().getSafeTypeByName(Ns.GEO + "wktLiteral")));
    }

    /** NUTS code → WKT of each feature of a GeoJSON FeatureCollection (Polygon, MultiPolygon, Point). */
    private Map<String, String> geojson(String file) {
        org.apache.jena.atlas.json.JsonObject collection = org.apache.jena.atlas.json.JSON.parse(read(file));
        Map<String, String> wkt = new TreeMap<>();
        for (org.apache.jena.atlas.json.JsonValue f : collection.get("features").getAsArray()) {
            org.apache.jena.atlas.json.JsonObject feature = f.getAsObject();
            String id = feature.get("properties").getAsObject().get("id").getAsString().value();
            org.apache.jena.atlas.json.JsonObject geometry = feature.get("geometry").getAsObject();
            String type = geometry.get("type").getAsString().value();
            org.apache.jena.atlas.json.JsonArray c = geometry.get("coordinates").getAsArray();
            String text = switch (type) {
                case "Point" -> "POINT(" + position(c) + ")";
                case "Polygon" -> "POLYGON(" + rings(c) + ")";
                case "MultiPolygon" -> {
                    List<String> parts = new ArrayList<>();
                    c.forEach(p -> parts.add("(" + rings(p.getAsArray()) + ")"));
                    yield "MULTIPOLYGON(" + String.join(", ", parts) + ")";
                }
                default -> throw new BuildException(file + ": feature " + id + " has a " + type + " geometry");
            };
            if (wkt.put(id, text) != null) {
                throw new BuildException(file + ": feature " + id + " occurs twice");
            }
        }
        return wkt;
    }

    private static String rings(org.apache.jena.atlas.json.JsonArray polygon) {
        List<String> rings = new ArrayList<>();
        for (org.apache.jena.atlas.json.JsonValue ring : polygon) {
            List<String> positions = new ArrayList<>();
            ring.getAsArray().forEach(p -> positions.add(position(p.getAsArray())));
            rings.add("(" + String.join(", ", positions) + ")");
        }
        return String.join(", ", rings);
    }

    /** "lon lat", the numbers exactly as the source writes them. */
    private static String position(org.apache.jena.atlas.json.JsonArray p) {
        return p.get(0).getAsNumber().value().toString() + " " + p.get(1).getAsNumber().value().toString();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Curated tables

    private void buildMemberships() {
        Node forum = Ns.id("network/forum-integration-in-laendlichen-raeumen");
        for (Tsv.Row row : table("memberships.tsv")) {
            String key = source(row);
            evidence(row, key);
            Node d = district(row.get("name"), row.get("district_type"), row.where());
            String ags = d.getURI().substring(d.getURI().lastIndexOf('/') + 1);
            Graph g = graph(key, row.file());
            Node m = Ns.id("membership/forum-" + ags);
            add(g, m, "rdf:type", Ns.curie("org:Membership"));
            add(g, m, "org:member", d);
            add(g, m, "org:organization", forum);
            add(g, m, "org:role", Ns.id("role/" + row.get("role")));
        }
        for (Tsv.Row row : table("name-variants.tsv")) {
            Node d = district(row.get("variant"), row.get("district_type"), row.where());
            // A misspelling is a skos:hiddenLabel (found by search, never shown); another variant a skos:altLabel.
            String property = switch (row.get("kind")) {
                case "misspelling" -> "skos:hiddenLabel";
                case "variant" -> "skos:altLabel";
                default -> throw new BuildException(row.where() + ": kind must be misspelling or variant, not "
                        + row.get("kind"));
            };
            add(graph(row.get("used_by"), row.file()), d, property, lang(row.get("variant"), "de"));
        }
    }

    /**
     * curated/cohorts.tsv: each source's own account of a round of Land.Zuhause.Zukunft, with only what that source
     * states (a source may give a period but no names, or names but no period). Accounts that disagree are separate
     * cohorts; accounts of the same round share its id and must not contradict each other's dates.
     */
    private void buildCohorts() {
        Node programme = Ns.id("programme/land-zuhause-zukunft");
        for (Tsv.Row row : table("cohorts.tsv")) {
            String key = source(row);
            evidence(row, key);
            Node c = Ns.id("cohort/" + row.get("cohort"));
            List<Node> participants = new ArrayList<>();
            for (String p : list(row.get("participants"))) {
                String[] nameType = p.split("\\|");
                if (!normalize(row.get("evidence")).contains(stripType(nameType[0]))) {
                    throw new BuildException(row.where() + ": participant " + nameType[0] + " is not in the evidence");
                }
                participants.add(district(nameType[0], nameType[1], row.where()));
            }
            if (participants.isEmpty() && row.get("participant_count").isEmpty()) {
                throw new BuildException(row.where() + ": a cohort names its participants or counts them");
            }
            Graph g = graph(key, row.file());
            add(g, c, "rdf:type", Ns.rikg("Cohort"));
            if (!row.get("label_en").isEmpty()) {
                add(g, c, "rdfs:label", lang(row.get("label_en"), "en"));
            }
            if (!row.get("label_de").isEmpty()) {
                add(g, c, "rdfs:label", lang(row.get("label_de"), "de"));
            }
            add(g, c, "rikg:cohortOf", programme);
            add(g, programme, "rikg:hasCohort", c);
            if (!row.get("start").isEmpty()) {
                add(g, c, "rikg:startDate", temporal(row.get("start"), row.where()));
            }
            if (!row.get("end").isEmpty()) {
                add(g, c, "rikg:endDate", temporal(row.get("end"), row.where()));
            }
            if (!row.get("participant_count").isEmpty()) {
                add(g, c, "rikg:participantCount", typed(row.get("participant_count"), XSDDatatype.XSDinteger));
            }
            for (Node p : participants) {
                add(g, c, "rikg:participant", p);
            }
            add(g, c, "dcterms:source", Ns.id("source/" + sourceIriKey.get(key)));
        }
    }

    private static String stripType(String name) {
        return name.replaceFirst("^(Landkreis|Kreis) ", "");
    }

    private void buildPractices() {
        for (Tsv.Row row : table("practices.tsv")) {
            String key = source(row);
            evidence(row, key);
            Node p = Ns.id("practice/" + row.get("practice"));
            Node d = district(row.get("district"), row.get("district_type"), row.where());
            Graph g = graph(key, row.file());
            add(g, p, "rdf:type", Ns.rikg(row.get("kind")));
            add(g, p, "rikg:district", d);
            add(g, p, "rikg:responsibleOrganization", d);
            labelsDescriptionsPeriod(g, p, row);
            if (!row.get("programme").isEmpty()) {
                add(g, p, "rikg:programme", Ns.id("programme/" + row.get("programme")));
            }
            // Themes and target groups are RIKG's editorial classification of the source's wording, not the
            // source's statement: they go into graph/rikg-classification.
            Graph c = classification(key, row.file());
            for (String theme : list(row.get("themes"))) {
                add(c, p, "rikg:theme", Ns.id("theme/" + theme));
            }
            for (String target : list(row.get("target_groups"))) {
                add(c, p, "rikg:targetGroup", Ns.id("target-group/" + target));
            }
            if (!row.get("funding_note_en").isEmpty()) {
                add(g, p, "rikg:fundingNote", lang(row.get("funding_note_en"), "en"));
            }
            for (String org : list(row.get("funded_by"))) {
                add(g, p, "rikg:fundedBy", organization(org, row));
            }
            for (String org : list(row.get("partners"))) {
                add(g, p, "rikg:practicePartner", organization(org, row));
            }
            add(g, p, "dcterms:source", Ns.id("source/" + sourceIriKey.get(key)));
        }
    }

    /** An id of the form {@code kind/slug}, e.g. {@code organization/land-hessen}, {@code claim/asylg-renamed-2015}. */
    private static String checkedId(String id, String kind, Tsv.Row row) {
        if (!id.matches(kind + "/[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new BuildException(row.where() + ": not " + kind + "/<slug>: " + id);
        }
        return id;
    }

    /** An organisation id of a row ({@code organization/slug}), to be declared in organizations.tsv or statements.tsv. */
    private Node organization(String id, Tsv.Row row) {
        checkedId(id, "organization", row);
        referencedOrganizations.putIfAbsent(id, row.where());
        return Ns.id(id);
    }

    /**
     * curated/organizations.tsv: organisations as their source names them (funders and partners of practices and
     * programmes). The German label is the name as written, so it must be part of the quotation.
     */
    private void buildOrganizations() {
        for (Tsv.Row row : table("organizations.tsv")) {
            String key = source(row);
            evidence(row, key);
            String id = checkedId(row.get("organization"), "organization", row);
            // The name as the source writes it is in the quotation; where the text inflects it ("des Bayerischen
            // Ministeriums …"), as_written holds the text's form and label_de the name in the nominative.
            String written = row.get("as_written").isEmpty() ? row.get("label_de") : row.get("as_written");
            if (!normalize(row.get("evidence")).contains(normalize(written))) {
                throw new BuildException(row.where() + ": " + (row.get("as_written").isEmpty() ? "label_de" : "as_written")
                        + " \"" + written + "\" is not the name as the source writes it (not in the evidence)");
            }
            Node o = Ns.id(id);
            Graph g = graph(key, row.file());
            add(g, o, "rdf:type", Ns.curie("org:Organization"));
            add(g, o, "rdfs:label", lang(row.get("label_de"), "de"));
            if (!row.get("label_en").isEmpty()) {
                add(g, o, "rdfs:label", lang(row.get("label_en"), "en"));
            }
            if (!row.get("type").isEmpty()) {
                add(g, o, "org:classification", Ns.id("organization-type/" + row.get("type")));
            }
            add(g, o, "dcterms:source", Ns.id("source/" + sourceIriKey.get(key)));
        }
    }

    /**
     * curated/programmes.tsv: programmes of a Land (or another funder) that put a service into many districts, with
     * the Land they operate in, the law they rest on where the source names it, and their funder.
     */
    private void buildProgrammes() {
        for (Tsv.Row row : table("programmes.tsv")) {
            String key = source(row);
            evidence(row, key);
            Node p = Ns.id("programme/" + row.get("programme"));
            Graph g = graph(key, row.file());
            add(g, p, "rdf:type", Ns.rikg("Programme"));
            labelsDescriptionsPeriod(g, p, row);
            if (!row.get("land").isEmpty()) {
                add(g, p, "rikg:operatesIn", land(row.get("land"), row.where()));
            }
            if (!row.get("law").isEmpty()) {
                if (!lawIds.contains(row.get("law"))) {
                    throw new BuildException(row.where() + ": unknown law " + row.get("law") + " (not in curated/laws.tsv)");
                }
                add(g, p, "rikg:legalBasis", Ns.id("law/" + row.get("law")));
            }
            for (String org : list(row.get("funder"))) {
                add(g, p, "rikg:funder", organization(org, row));
            }
            add(g, p, "dcterms:source", Ns.id("source/" + sourceIriKey.get(key)));
        }
    }

    /**
     * curated/claims.tsv: what one source says about a resource, in its own German words, kept as a claim where
     * sources disagree (two dates for one start) or where the statement is not a simple fact of the model.
     */
    private void buildClaims() {
        for (Tsv.Row row : table("claims.tsv")) {
            String key = source(row);
            evidence(row, key);
            if (!normalize(row.get("evidence")).contains(normalize(row.get("statement_de")))) {
                throw new BuildException(row.where() + ": statement_de is not the source's wording (not in the evidence)");
            }
            Node claim = Ns.id(checkedId(row.get("claim"), "claim", row));
            Node about = Ns.id(row.get("about"));
            claimTargets.putIfAbsent(about, row.where());
            Graph g = graph(key, row.file());
            add(g, claim, "rdf:type", Ns.rikg("Claim"));
            add(g, claim, "rikg:statement", lang(row.get("statement_de"), "de"));
            if (!row.get("statement_en").isEmpty()) {
                add(g, claim, "rikg:statement", lang(row.get("statement_en"), "en"));
            }
            add(g, claim, "rikg:about", about);
            add(g, claim, "rikg:verificationStatus", Ns.id("verification-status/"
                    + (checkedAgainstSource(key) ? "checked" : "not-checked")));
            add(g, claim, "dcterms:source", Ns.id("source/" + sourceIriKey.get(key)));
        }
    }

    /** Every organisation a row names is declared with a label, and every claim is about a resource of the dataset. */
    private void checkReferences() {
        for (Map.Entry<String, String> org : referencedOrganizations.entrySet()) {
            Node o = Ns.id(org.getKey());
            boolean labelled = graphs.values().stream().anyMatch(g -> g.contains(o, Ns.curie("rdfs:label"), Node.ANY));
            if (!labelled) {
                throw new BuildException(org.getValue() + ": organisation " + org.getKey()
                        + " is not declared (curated/organizations.tsv or statements.tsv)");
            }
        }
        for (Map.Entry<Node, String> target : claimTargets.entrySet()) {
            boolean known = graphs.values().stream().anyMatch(g -> g.contains(target.getKey(), Node.ANY, Node.ANY));
            if (!known) {
                throw new BuildException(target.getValue() + ": the claim is about " + target.getKey().getURI()
                        + ", which no graph describes");
            }
        }
    }

    /**
     * The columns practices and programmes share: German and English label, the source's German description (which
     * must be part of the row's quotation) and an English one, start and end as precise as the source.
     */
    private static void labelsDescriptionsPeriod(Graph g, Node subject, Tsv.Row row) {
        if (!row.get("label_de").isEmpty()) {
            add(g, subject, "rdfs:label", lang(row.get("label_de"), "de"));
        }
        if (!row.get("label_en").isEmpty()) {
            add(g, subject, "rdfs:label", lang(row.get("label_en"), "en"));
        }
        if (!row.get("description_de").isEmpty()) {
            if (!normalize(row.get("evidence")).contains(normalize(row.get("description_de")))) {
                throw new BuildException(row.where() + ": description_de is not the source's wording (not in the evidence)");
            }
            add(g, subject, "dcterms:description", lang(row.get("description_de"), "de"));
        }
        if (!row.get("description_en").isEmpty()) {
            add(g, subject, "dcterms:description", lang(row.get("description_en"), "en"));
        }
        if (!row.get("start").isEmpty()) {
            add(g, subject, "rikg:startDate", temporal(row.get("start"), row.where()));
        }
        if (!row.get("end").isEmpty()) {
            add(g, subject, "rikg:endDate", temporal(row.get("end"), row.where()));
        }
    }

    /** A lower-case ASCII slug of a name, for identifiers: "Landratsamt Dachau" → "landratsamt-dachau". */
    static String slug(String name) {
        String ascii = name.toLowerCase(java.util.Locale.ROOT).replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                .replace("ß", "ss");
        ascii = java.text.Normalizer.normalize(ascii, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static List<String> list(String cell) {
        return cell.isEmpty() ? List.of() : List.of(cell.split(";"));
    }

    private void buildLaws() {
        // One display label per law (rdfs:label), in the graph of the first row that gives its title: that title, with
        // the short title where the same row gives it. Other rows state their source's title and short title only.
        Map<String, Tsv.Row> labelRow = new TreeMap<>();
        for (Tsv.Row row : table("laws.tsv")) {
            if (!row.get("title").isEmpty()) {
                labelRow.putIfAbsent(row.get("law"), row);
            }
        }
        for (Tsv.Row row : table("laws.tsv")) {
            if (!labelRow.containsKey(row.get("law"))) {
                throw new BuildException(row.where() + ": no row of law " + row.get("law") + " gives its title");
            }
            String key = source(row);
            evidence(row, key);
            Node law = Ns.id("law/" + row.get("law"));
            lawIds.add(row.get("law"));
            Node area = land(row.get("applies_in"), row.where());
            Graph g = graph(key, row.file());
            add(g, law, "rdf:type", Ns.rikg("LegalFramework"));
            // Title and short title as the row's source writes them, or none: a source that names the law only by
            // Land and year (SVR17) gives it no title; another row of the same law gives it.
            for (String column : List.of("title", "title_short")) {
                if (!row.get(column).isEmpty() && !normalize(row.get("evidence")).contains(normalize(row.get(column)))) {
                    throw new BuildException(row.where() + ": " + column + " \"" + row.get(column) + "\" is not as the"
                            + " source writes it (not in the evidence)");
                }
            }
            if (!row.get("title").isEmpty()) {
                add(g, law, "eli:title", lang(row.get("title"), "de"));
            }
            if (labelRow.get(row.get("law")).where().equals(row.where())) {
                String label = row.get("title") + (row.get("title_short").isEmpty() ? "" : " (" + row.get("title_short") + ")");
                add(g, law, "rdfs:label", lang(label, "de"));
            }
            if (!row.get("title_short").isEmpty()) {
                add(g, law, "eli:title_short", lit(row.get("title_short")));
            }
            add(g, law, "eli:type_document", Ns.id("legal-form/" + row.get("legal_form")));
            // The legal area is RIKG's reading of the title (the source names no area): graph/rikg-classification.
            // The jurisdiction stays with the source: it restates where the law applies (the Land of the source's
            // row, or the Federation for DOMAIN.md's "Federal law" table), which the shapes tie to rikg:appliesIn.
            add(classification(key, row.file()), law, "rikg:legalArea", Ns.id("legal-area/" + row.get("legal_area")));
            add(g, law, "rikg:jurisdiction", Ns.id("jurisdiction/" + row.get("jurisdiction")));
            add(g, law, "rikg:appliesIn", area);
            if (!row.get("date_document").isEmpty()) {
                add(g, law, "eli:date_document", temporal(row.get("date_document"), row.where()));
            }
            if (!row.get("date_adopted").isEmpty()) {
                // The day parliament passed it, where that is what the source gives (not the document date).
                add(g, law, "rikg:dateAdopted", temporal(row.get("date_adopted"), row.where()));
            }
            if (!row.get("in_force").isEmpty()) {
                add(g, law, "eli:first_date_entry_in_force", temporal(row.get("in_force"), row.where()));
            }
            if (!row.get("year").isEmpty()) {
                add(g, law, "dcterms:date", temporal(row.get("year"), row.where()));
            }
            if (!row.get("note_en").isEmpty()) {
                add(g, law, "rikg:note", lang(row.get("note_en"), "en"));
            }
            if (!row.get("replaces").isEmpty()) {
                Node old = Ns.id("law/" + row.get("replaces"));
                add(g, law, "dcterms:replaces", old);
                add(g, old, "dcterms:isReplacedBy", law);
            }
            add(g, law, "dcterms:source", Ns.id("source/" + sourceIriKey.get(key)));
        }
    }

    private void buildLandLawStatus() {
        for (Tsv.Row row : table("land-law-status.tsv")) {
            String key = source(row);
            evidence(row, key);
            if (!row.get("has_integration_law").equals("false")) {
                throw new BuildException(row.where() + ": only the absence of a law is modelled as a claim");
            }
            Node area = land(row.get("land"), row.where());
            String code = area.getURI().substring(area.getURI().lastIndexOf('/') + 1);
            Node claim = Ns.id("claim/no-integration-law-" + code + "-" + row.get("as_of"));
            Graph g = graph(key, row.file());
            add(g, claim, "rdf:type", Ns.rikg("Claim"));
            add(g, claim, "rdfs:label", lang(row.get("land") + ": kein Integrations- oder Partizipationsgesetz (Stand "
                    + row.get("as_of") + ")", "de"));
            add(g, claim, "rikg:statement", lang("As of " + row.get("as_of") + ", " + row.get("land")
                    + " had no Land integration or participation law.", "en"));
            // The source's own German words that the claim rests on (it names the Länder that have such a law).
            add(g, claim, "rikg:statement", lang(String.join(" … ", java.util.Arrays.stream(row.get("evidence")
                    .split("~")).map(BuildDataset::normalize).toList()), "de"));
            add(g, claim, "rikg:about", area);
            // Checked where the quotation was found in the source itself, not only in the brief that cites it.
            add(g, claim, "rikg:verificationStatus", Ns.id("verification-status/"
                    + (checkedAgainstSource(key) ? "checked" : "not-checked")));
            add(g, claim, "dcterms:date", temporal(row.get("as_of"), row.where()));
            add(g, claim, "dcterms:source", Ns.id("source/" + sourceIriKey.get(key)));
        }
    }

    private void buildStatements() {
        for (Tsv.Row row : table("statements.tsv")) {
            String key = source(row);
            evidence(row, key);
            Node s = term(row.get("subject"), row);
            Node p = Ns.curie(row.get("predicate"));
            Node o = term(row.get("object"), row);
            graph(key, row.file()).add(s, p, o);
        }
    }

    /** A cell of statements.tsv: id:kind/key, district:Name|type, prefix:local, "text"@lang, "lex"^^xsd:type, "text". */
    private Node term(String cell, Tsv.Row row) {
        if (cell.startsWith("id:")) {
            return Ns.id(cell.substring(3));
        }
        if (cell.startsWith("district:")) {
            String[] nameType = cell.substring("district:".length()).split("\\|");
            return district(nameType[0], nameType[1], row.where());
        }
        if (cell.startsWith("\"")) {
            int end = cell.lastIndexOf('"');
            String text = cell.substring(1, end);
            String rest = cell.substring(end + 1);
            if (rest.isEmpty()) {
                return lit(text);
            }
            if (rest.startsWith("@")) {
                return lang(text, rest.substring(1));
            }
            if (rest.startsWith("^^xsd:")) {
                return typed(text, new XSDDatatype(rest.substring(6)));
            }
            throw new BuildException(row.where() + ": cannot read literal " + cell);
        }
        return Ns.curie(cell);
    }

    // ---------------------------------------------------------------------------------------------------------
    // graph/meta

    private void buildMeta(Map<String, String> hashes, Map<String, OntologyFile> ontologyFiles) {
        Graph g = GraphFactory.createDefaultGraph();
        Map<String, Tsv.Row> rawFiles = new TreeMap<>();
        for (Tsv.Row row : table("raw-files.tsv")) {
            rawFiles.put("raw/" + row.get("file"), row);
        }
        StringBuilder manifest = new StringBuilder();
        hashes.forEach((path, hash) -> manifest.append(hash).append("  ").append(path).append('\n'));
        String buildHash = sha256(manifest.toString().getBytes(StandardCharsets.UTF_8));
        Node build = Ns.id("build/" + buildHash);
        add(g, build, "rdf:type", Ns.curie("prov:Activity"));
        add(g, build, "rdfs:label", lang("Erzeugung des RIKG-Datensatzes durch org.w3id.rikg.data.BuildDataset", "de"));
        add(g, build, "rdfs:label", lang("Build of the RIKG dataset by org.w3id.rikg.data.BuildDataset", "en"));
        add(g, build, "dcterms:identifier", lit("sha256:" + buildHash));
        add(g, build, "dcterms:description", lang("Identifiziert durch den SHA-256 der sortierten Liste der SHA-256 seiner "
                + "Eingabedateien (data/raw, data/curated und die Dateien der Ontologie, deren Graphen es beschreibt), nicht "
                + "durch einen Zeitpunkt.", "de"));
        add(g, build, "dcterms:description", lang("Identified by the SHA-256 of the sorted list of the SHA-256 of its "
                + "input files (data/raw, data/curated and the ontology files whose graphs it describes), not by a time.", "en"));
        for (Map.Entry<String, String> f : hashes.entrySet()) {
            Node file = Ns.id("file/" + f.getKey());
            add(g, build, "prov:used", file);
            add(g, file, "rdf:type", Ns.curie("prov:Entity"));
            add(g, file, "dcterms:identifier", lit("sha256:" + f.getValue()));
            Tsv.Row raw = rawFiles.get(f.getKey());
            if (f.getKey().startsWith("ontology/")) {
                add(g, file, "rdfs:label", lit(f.getKey()));
            } else {
                add(g, file, "rdfs:label", lit("data/" + f.getKey()));
            }
            if (raw != null) {
                add(g, file, "dcterms:source", Ns.id("source/" + sourceIriKey.get(raw.get("source"))));
                add(g, file, "dcterms:description", lang(raw.get("origin"), "en"));
                if (!raw.get("licence").isEmpty()) {
                    add(g, file, "dcterms:license", Ns.iri(raw.get("licence")));
                }
                add(g, file, "dcterms:rights", lang(raw.get("attribution"), "en"));
            }
        }
        for (Map.Entry<String, Tsv.Row> e : sourceRows.entrySet()) {
            Tsv.Row row = e.getValue();
            Node s = Ns.id("source/" + row.get("iri_key"));
            add(g, s, "rdf:type", Ns.rikg("SourceDocument"));
            add(g, s, "rdfs:label", lit(e.getKey()));
            String loc = row.get("cited_location");
            if (!loc.isEmpty()) {
                add(g, s, "rikg:citedLocation", lit(loc));
            }
            RetrievedPage page = pages.get(e.getKey());
            if (page != null) {
                // Retrieved: the page's own title, its address, the copy the quotations were checked against.
                // The page's language is German unless sources.tsv says otherwise (title_lang).
                add(g, s, "dcterms:title", lang(page.title(), row.get("title_lang").isEmpty() ? "de" : row.get("title_lang")));
                add(g, s, "schema:url", Ns.iri(page.url()));
                add(g, s, "rikg:retrievedOn", typed(page.retrieved(), XSDDatatype.XSDdate));
                add(g, s, "rikg:retrievedCopy", Ns.id("file/" + page.file()));
                Node publisher = Ns.id("organization/" + slug(row.get("publisher")));
                add(g, s, "dcterms:publisher", publisher);
                add(g, publisher, "rdf:type", Ns.curie("org:Organization"));
                // An organisation that a source graph already names (the Robert-Bosch-Stiftung of the press release)
                // keeps that name; only a publisher nobody else names is labelled here.
                boolean named = graphs.entrySet().stream().anyMatch(gr -> !gr.getKey().equals(META)
                        && gr.getValue().contains(publisher, Ns.curie("rdfs:label"), Node.ANY));
                if (!named) {
                    add(g, publisher, "rdfs:label", lang(row.get("publisher"), "de"));
                }
                if (!row.get("issued").isEmpty()) {
                    add(g, s, "dcterms:issued", temporal(row.get("issued"), row.where()));
                }
            } else if (!row.get("title").isEmpty()) {
                add(g, s, "dcterms:title", lang(row.get("title"), row.get("title_lang")));
            } else if (!e.getKey().equals("K") && !e.getKey().equals("LDS")) {
                // The brief names no title for this source: its citation stands in for one.
                add(g, s, "dcterms:title", lit(e.getKey() + ": " + loc));
            }
            if (page == null && !loc.isEmpty() && !checkedAgainstSource(e.getKey())) {
                add(g, s, "rikg:citedVia", Ns.id("source/domain-md"));
            }
        }
        if (graphs.containsKey(CLASSIFICATION)) {
            Node editors = Ns.id("source/" + EDITORS);
            add(g, editors, "rdf:type", Ns.rikg("SourceDocument"));
            add(g, editors, "rdfs:label", lang("RIKG-Redaktion", "de"));
            add(g, editors, "rdfs:label", lang("RIKG editors", "en"));
            add(g, editors, "dcterms:title", lang("Thematische Einordnung der Praxisbeispiele und Gesetze durch die "
                    + "RIKG-Redaktion", "de"));
            add(g, editors, "dcterms:title", lang("Thematic classification of the practices and laws by the RIKG editors",
                    "en"));
            add(g, editors, "dcterms:description", lang("Die Redaktion des RIKG ordnet jedem Praxisbeispiel Themenfelder "
                    + "und Zielgruppen und jedem Gesetz ein Rechtsgebiet zu, nach dem Wortlaut der jeweils zitierten Quelle "
                    + "(Spalten themes und target_groups von curated/practices.tsv, legal_area von curated/laws.tsv).", "de"));
            add(g, editors, "dcterms:description", lang("RIKG's editors assign themes and target groups to each practice "
                    + "and a legal area to each law from the wording of its cited source (columns themes and target_groups "
                    + "of curated/practices.tsv, legal_area of curated/laws.tsv).", "en"));
        }
        for (OntologyFile f : ontologyFiles.values()) {
            Node file = Ns.id("file/" + f.repositoryPath());
            add(g, file, "dcterms:description", lang("Datei " + f.repositoryPath() + " des Moduls ontology, im Jar "
                    + "rikg-ontology als " + f.classpath() + "; der Build liest sie vom Klassenpfad und bildet dort ihren SHA-256.", "de"));
            add(g, file, "dcterms:description", lang("File " + f.repositoryPath() + " of the ontology module, carried in the "
                    + "rikg-ontology jar as " + f.classpath() + "; the build reads it from the classpath and computes its SHA-256 there.",
                    "en"));
            add(g, file, "dcterms:license", Ns.iri(CC_BY));
        }
        graphs.put(META, g);
        TreeSet<String> metaInputs = inputsByGraph.computeIfAbsent(META, k -> new TreeSet<>());
        metaInputs.addAll(List.of("curated/sources.tsv", "curated/raw-files.tsv", "raw/" + BRIEF));
        ontologyFiles.values().forEach(f -> metaInputs.add(f.repositoryPath()));
        for (String key : graphs.keySet()) {
            describeGraph(g, key, build);
        }
        for (OntologyFile f : ontologyFiles.values()) {
            describeOntologyGraph(g, f);
        }
        // void:triples of the meta graph itself would change with every description; it is left out.
    }

    private static void title(Graph meta, Node gr, String de, String en) {
        add(meta, gr, "dcterms:title", lang(de, "de"));
        add(meta, gr, "dcterms:title", lang(en, "en"));
    }

    /**
     * Every graph is a dcat:Dataset, and DCAT-AP requires a dcterms:description of each: where the case above
     * gave none, one is made from the graph's title (what it holds) and where its statements come from.
     */
    private static void describeIfUndescribed(Graph meta, Node gr) {
        Node description = Ns.curie("dcterms:description");
        if (meta.contains(gr, description, Node.ANY)) {
            return;
        }
        String de = null;
        String en = null;
        for (var it = meta.find(gr, Ns.curie("dcterms:title"), Node.ANY); it.hasNext(); ) {
            Node title = it.next().getObject();
            if (title.getLiteralLanguage().equals("de")) {
                de = title.getLiteralLexicalForm();
            } else if (title.getLiteralLanguage().equals("en")) {
                en = title.getLiteralLexicalForm();
            }
        }
        if (de == null || en == null) {
            throw new BuildException("Graph " + gr.getURI() + " has no German and English title to describe it by");
        }
        description(meta, gr, "Benannter Graph des RIKG: " + de + ". Jede Aussage darin stammt aus der Quelle, die "
                + "dieser Graph nennt (dcterms:source, prov:wasDerivedFrom).",
                "Named graph of RIKG: " + en + ". Every statement in it comes from the source this graph names "
                + "(dcterms:source, prov:wasDerivedFrom).");
    }

    private static void description(Graph meta, Node gr, String de, String en) {
        add(meta, gr, "dcterms:description", lang(de, "de"));
        add(meta, gr, "dcterms:description", lang(en, "en"));
    }

    private static void rights(Graph meta, Node gr, String de, String en) {
        add(meta, gr, "dcterms:rights", lang(de, "de"));
        add(meta, gr, "dcterms:rights", lang(en, "en"));
    }

    private void describeGraph(Graph meta, String key, Node build) {
        Node gr = Ns.graph(key);
        add(meta, gr, "rdf:type", Ns.curie("void:Dataset"));
        add(meta, gr, "rdf:type", Ns.curie("dcat:Dataset"));
        add(meta, gr, "rdf:type", Ns.curie("prov:Entity"));
        add(meta, gr, "prov:wasGeneratedBy", build);
        TreeSet<String> inputs = new TreeSet<>(inputsByGraph.getOrDefault(key, new TreeSet<>()));
        switch (key) {
            case DESTATIS -> {
                String ref = destatis.referenceDate();
                title(meta, gr, "Kreise, Länder und Deutschland mit Fläche und Bevölkerung (Destatis GV-ISys, Stand " + ref + ")",
                        "Kreise, Länder and Germany with area and population (Destatis GV-ISys, as of " + ref + ")");
                add(meta, gr, "dcterms:source", Ns.id("source/" + DESTATIS));
                add(meta, gr, "dcterms:license", Ns.iri(CC_BY));
                String attribution = "© Statistisches Bundesamt (Destatis), 2019, Daten im Auftrag der "
                        + "Herausgebergemeinschaft Statistische Ämter des Bundes und der Länder.";
                // Each party's terms as it states them, with where it states them: the spreadsheet's cover sheet, the
                // npm package RIKG took the files from (CC BY 4.0, dcterms:license), Destatis' copyright page.
                String terms = destatis.termsOfUse();
                rights(meta, gr, attribution + " Das Deckblatt der Tabelle (raw/04-kreise.xlsx) sagt: „" + terms + "“ Das "
                        + "npm-Paket landkreise-deutschland@3.0.0, aus dem RIKG die Dateien übernommen hat, nennt CC BY 4.0. "
                        + "Destatis gibt für seine Datenbank GENESIS-Online die „Data licence Germany – attribution – version "
                        + "2.0“ (dl-de/by-2-0) an (source/destatis-copyright-genesis). Von RIKG nach RDF umgewandelt.",
                        attribution + " (Data on behalf of the statistical offices of the Federation and the Länder.) The "
                                + "spreadsheet's cover sheet (raw/04-kreise.xlsx) says: \u201c" + terms + "\u201d (copying and "
                                + "distribution, also in extracts, permitted with the source named). The npm package "
                                + "landkreise-deutschland@3.0.0, from which RIKG took the files, states CC BY 4.0. Destatis "
                                + "states the \u201cData licence Germany \u2013 attribution \u2013 version 2.0\u201d (dl-de/by-2-0) "
                                + "for its GENESIS-Online database (source/destatis-copyright-genesis). Converted to RDF by RIKG.");
                if (!normalize(textOf("DESTATIS-LIC")).contains("Data licence Germany – attribution – version 2.0")) {
                    throw new BuildException("the retrieved copyright page of Destatis does not name the Data licence Germany");
                }
                add(meta, gr, "rdfs:seeAlso", Ns.id("source/" + sourceIriKey.get("DESTATIS-LIC")));
                add(meta, gr, "dcterms:date", typed(ref, XSDDatatype.XSDdate));
            }
            case GEOMETRY -> {
                title(meta, gr, "Geometrie der Kreise und Länder (NUTS 2016, 1:20 Mio., Eurostat GISCO über eurostat/Nuts2json)",
                        "Geometry of the Kreise and Länder (NUTS 2016, 1:20 million, Eurostat GISCO via eurostat/Nuts2json)");
                description(meta, gr, "Für jeden Kreis sein NUTS-3-Gebiet und sein Beschriftungspunkt, für jedes Land sein "
                        + "NUTS-1-Gebiet, als GeoSPARQL (geo:hasGeometry, geo:asWKT; Länge Breite, CRS84), zugeordnet über den "
                        + "NUTS-Code.",
                        "For every Kreis its NUTS-3 area and label point, for every Land its NUTS-1 area, as GeoSPARQL "
                        + "(geo:hasGeometry, geo:asWKT; longitude latitude, CRS84), joined by NUTS code.");
                add(meta, gr, "dcterms:source", Ns.id("source/" + GEOMETRY));
                // The provisions for using the NUTS geodata are on this GISCO page, which Nuts2json's README links.
                add(meta, gr, "dcterms:license", Ns.iri(
                        "https://ec.europa.eu/eurostat/web/gisco/geodata/reference-data/administrative-units-statistical-units"));
                rights(meta, gr, "Quelle: Eurostat GISCO, NUTS 2016, über das Repository eurostat/Nuts2json. Das Repository "
                                + "sagt: „The Eurostat NUTS dataset is copyrighted“; für die Nutzung gelten die Bestimmungen "
                                + "auf GISCOs Seite zu Verwaltungs- und Statistikeinheiten.",
                        "Source: Eurostat GISCO, NUTS 2016, via the repository eurostat/Nuts2json. The repository says: "
                                + "\"The Eurostat NUTS dataset is copyrighted\"; its use is subject to the provisions on GISCO's "
                                + "page on administrative and statistical units.");
            }
            case WIKIDATA -> {
                title(meta, gr, "Verknüpfungen der Kreise mit Wikidata (owl:sameAs), zugeordnet über den Regionalschlüssel",
                        "Links from Kreise to Wikidata (owl:sameAs), keyed by Regionalschlüssel");
                add(meta, gr, "dcterms:source", Ns.id("source/" + WIKIDATA));
                add(meta, gr, "dcterms:license", Ns.iri(CC0));
            }
            case META -> {
                title(meta, gr, "Beschreibung der RIKG-Graphen, ihrer Quellen und ihrer Erzeugung",
                        "Descriptions of the RIKG graphs, their sources and their build");
                add(meta, gr, "dcterms:source", Ns.id("source/domain-md"));
                add(meta, gr, "dcterms:license", Ns.iri(CC_BY));
            }
            case CLASSIFICATION -> {
                title(meta, gr, "Thematische Einordnung durch die RIKG-Redaktion",
                        "Thematic classification by the RIKG editors");
                description(meta, gr, "Die Themenfelder (rikg:theme) und Zielgruppen (rikg:targetGroup) der "
                        + "Praxisbeispiele und die Rechtsgebiete (rikg:legalArea) der Gesetze ordnet die RIKG-Redaktion nach dem "
                        + "Wortlaut der jeweils zitierten Quelle zu. Sie sind keine Aussagen dieser Quelle; was die Quelle sagt, "
                        + "steht im Graphen der Quelle.",
                        "The themes (rikg:theme) and target groups (rikg:targetGroup) of the practices and the legal areas "
                        + "(rikg:legalArea) of the laws are assigned by RIKG's editors from the wording of each one's cited "
                        + "source. They are not statements of that source; what the source says is in the source's graph.");
                add(meta, gr, "dcterms:source", Ns.id("source/" + EDITORS));
                add(meta, gr, "dcterms:license", Ns.iri(CC_BY));
                rights(meta, gr, "Redaktionelle Einordnung der RIKG, unter CC BY 4.0.",
                        "Editorial classification by RIKG, offered under CC BY 4.0.");
                for (String classified : classifiedGraphs) {
                    add(meta, gr, "prov:wasDerivedFrom", Ns.graph(classified));
                }
            }
            case LDS -> {
                title(meta, gr, "Aussagen der Pressemitteilung 2024/0189 des Landkreises Dahme-Spreewald",
                        "Facts stated by press release 2024/0189 of Landkreis Dahme-Spreewald");
                add(meta, gr, "dcterms:source", Ns.id("source/" + LDS));
                add(meta, gr, "dcterms:license", Ns.iri(CC_BY));
                rights(meta, gr, "Die Aussagen sind der genannten Pressemitteilung entnommen, die keine Lizenz angibt; kurze "
                        + "Zitate sind ihr zugeschrieben. Die RIKG-Zusammenstellung steht unter CC BY 4.0.",
                        "The facts are transcribed from the cited press release, which states no licence; short quotations "
                                + "are attributed to it. The RIKG compilation is offered under CC BY 4.0.");
                add(meta, gr, "dcterms:date", typed("2024-08-28", XSDDatatype.XSDdate));
            }
            default -> {
                Map.Entry<String, Tsv.Row> source = sourceRows.entrySet().stream()
                        .filter(e -> e.getValue().get("iri_key").equals(key)).findFirst()
                        .orElseThrow(() -> new BuildException("Graph " + key + " has no source in sources.tsv"));
                String sourceKey = source.getKey();
                Tsv.Row row = source.getValue();
                RetrievedPage page = pages.get(sourceKey);
                add(meta, gr, "dcterms:source", Ns.id("source/" + key));
                add(meta, gr, "dcterms:license", Ns.iri(CC_BY));
                if (page != null) {
                    String by = " (" + row.get("publisher") + ")";
                    // Quotation marks inside the quoted title become single ones, as German and English typesetting do.
                    title(meta, gr, "Aussagen von „" + page.title().replace('„', '‚').replace('“', '‘') + "“" + by,
                            "Facts stated by \u201c" + page.title().replace('„', '\u2018').replace('\u201c', '\u2019')
                                    .replace('\u201d', '\u2019') + "\u201d" + by);
                    // The source's own terms, as raw-files.tsv records them for its copy.
                    Tsv.Row file = rawFileRows.get(page.file());
                    boolean licensed = !file.get("licence").isEmpty();
                    rights(meta, gr, "Die Aussagen sind der abgerufenen Kopie der Quelle entnommen (" + page.url()
                                    + ", abgerufen am " + page.retrieved() + "); jedes Zitat ist gegen diesen Text geprüft. "
                                    + (licensed ? "Die Quelle steht unter " + file.get("licence") + "." : "Die Quelle nennt "
                                    + "keine Lizenz; kurze Zitate sind ihr zugeschrieben.") + " Die RIKG-Zusammenstellung "
                                    + "steht unter CC BY 4.0.",
                            "The facts are taken from the retrieved copy of the source (" + page.url() + ", retrieved "
                                    + page.retrieved() + "); every quotation is checked against that text. "
                                    + (licensed ? "The source is licensed under " + file.get("licence") + "." : "The source "
                                    + "states no licence; short quotations are attributed to it.") + " The RIKG compilation is offered "
                                    + "under CC BY 4.0.");
                    inputs.add(page.file());
                    if (!row.get("issued").isEmpty()) {
                        add(meta, gr, "dcterms:date", temporal(row.get("issued"), row.where()));
                    }
                } else {
                    // Not retrieved: what the source is, as the brief cites it (its title where the brief names one,
                    // and its cited location exactly as the brief writes it); nothing more is known of it.
                    List<String> what = new ArrayList<>();
                    if (!row.get("title").isEmpty()) {
                        what.add(row.get("title"));
                    }
                    what.add(row.get("cited_location"));
                    String named = sourceKey + " – " + String.join(", ", what);
                    title(meta, gr, named + " (zitiert nach der RIKG-Projektbeschreibung; Quelle nicht abgerufen)",
                            named + " (cited via RIKG's domain brief; source not retrieved)");
                    rights(meta, gr, "Die Aussagen sind aus der Projektbeschreibung des RIKG übernommen, die sie der Quelle "
                                    + sourceKey + " zuschreibt; die Quelle selbst wurde nicht abgerufen, ihre Zitate sind nur "
                                    + "gegen die Projektbeschreibung geprüft. Die RIKG-Zusammenstellung steht unter CC BY 4.0.",
                            "The facts are transcribed from RIKG's domain brief, which attributes them to source " + sourceKey
                                    + "; the source itself was not retrieved, and its quotations are checked against the brief "
                                    + "only. The RIKG compilation is offered under CC BY 4.0.");
                    inputs.add("raw/" + BRIEF);
                    add(meta, gr, "prov:wasDerivedFrom", Ns.id("source/domain-md"));
                }
            }
        }
        for (String input : inputs) {
            add(meta, gr, "prov:wasDerivedFrom", Ns.id("file/" + input));
        }
        describeIfUndescribed(meta, gr);
        if (!key.equals(META)) {
            add(meta, gr, "void:triples", typed(Integer.toString(graphs.get(key).size()), XSDDatatype.XSDinteger));
        }
    }

    /**
     * A graph of the ontology module: authored there, not generated by this build, so no prov:wasGeneratedBy. Its
     * source is the ontology; the schemes graph is derived as well from the sources its concepts cite (dcterms:source
     * in schemes.ttl), where graph/meta describes them. void:triples and the file's SHA-256 come from the classpath.
     */
    private void describeOntologyGraph(Graph meta, OntologyFile f) {
        Node gr = Ns.iri(f.graphIri());
        add(meta, gr, "rdf:type", Ns.curie("void:Dataset"));
        add(meta, gr, "rdf:type", Ns.curie("dcat:Dataset"));
        add(meta, gr, "rdf:type", Ns.curie("prov:Entity"));
        TreeSet<String> sources = new TreeSet<>(List.of(ONTOLOGY));
        switch (f.graphIri()) {
            case RIKGID.ONTOLOGY_GRAPH -> title(meta, gr, "RIKG-Ontologie: Klassen und Eigenschaften des Vokabulars",
                    "RIKG ontology: the classes and properties of the vocabulary");
            case RIKGID.SCHEMES_GRAPH -> {
                title(meta, gr, "RIKG-Begriffsschemata: Themenfelder, Zielgruppen, Kreistypen und weitere kontrollierte Listen",
                        "RIKG concept schemes: themes, target groups, district types and other controlled lists");
                sources.addAll(citedSources(f));
            }
            case RIKGID.SHAPES_GRAPH -> title(meta, gr, "RIKG-SHACL-Shapes: was gelten muss (Verstöße)",
                    "RIKG SHACL shapes: what must hold (violations)");
            case RIKGID.SHAPES_RECOMMENDED_GRAPH -> title(meta, gr, "RIKG-SHACL-Shapes: was gelten soll (Warnungen)",
                    "RIKG SHACL shapes: what should hold (warnings)");
            default -> throw new BuildException("No description for the ontology graph " + f.graphIri());
        }
        add(meta, gr, "dcterms:description", lang("Vom Modul ontology ausgeliefert (Datei " + f.repositoryPath()
                + "), nicht von diesem Build erzeugt; void:triples zählt der Build in der Datei auf dem Klassenpfad.", "de"));
        add(meta, gr, "dcterms:description", lang("Shipped by the ontology module (file " + f.repositoryPath()
                + "), not generated by this build; void:triples is counted by the build in the file on the classpath.", "en"));
        add(meta, gr, "dcterms:license", Ns.iri(CC_BY));
        for (String source : sources) {
            add(meta, gr, "dcterms:source", Ns.iri(source));
            add(meta, gr, "prov:wasDerivedFrom", Ns.iri(source));
        }
        add(meta, gr, "prov:wasDerivedFrom", Ns.id("file/" + f.repositoryPath()));
        add(meta, gr, "void:triples", typed(Long.toString(f.triples()), XSDDatatype.XSDinteger));
    }

    /** The source documents that an ontology file cites with dcterms:source, among those graph/meta describes. */
    private TreeSet<String> citedSources(OntologyFile f) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFDataMgr.read(g, BuildDataset.class.getClassLoader().getResourceAsStream(f.classpath()), Lang.TURTLE);
        TreeSet<String> described = new TreeSet<>();
        sourceRows.values().forEach(row -> described.add(Ns.ID + "source/" + row.get("iri_key")));
        TreeSet<String> cited = new TreeSet<>();
        g.find(Node.ANY, Ns.curie("dcterms:source"), Node.ANY).mapWith(Triple::getObject)
                .filterKeep(o -> o.isURI() && described.contains(o.getURI())).forEach(o -> cited.add(o.getURI()));
        return cited;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Report and hashing

    private String report() {
        StringBuilder b = new StringBuilder("where\tname\texpected_type\tags\tofficial_name\trule\tnote\n");
        // Sorted by file, then line number, then name; a row matched twice is listed once.
        TreeMap<String, String> lines = new TreeMap<>();
        for (Reconciler.Match m : reconciler.matches()) {
            int colon = m.where().lastIndexOf(':');
            String sortKey = m.where().substring(0, colon) + String.format("%08d", Integer.parseInt(m.where().substring(colon + 1)))
                    + "\t" + m.name();
            lines.put(sortKey, String.join("\t", m.where(), m.name(), m.expectedType(), m.ags(), m.officialName(),
                    m.rule(), m.note()));
        }
        lines.values().forEach(line -> b.append(line).append('\n'));
        return b.toString();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
