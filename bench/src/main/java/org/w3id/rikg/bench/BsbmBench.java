package org.w3id.rikg.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Runs the Berlin SPARQL Benchmark (BSBM) explore use case against RIKG's {@code /sparql} and against a
 * standalone Apache Jena Fuseki on the same data, and prints a comparison table.
 *
 * <p>Steps: generate the BSBM data and the driver's parameter data ({@code td_data}) with
 * {@code benchmark.generator.Generator}; load it into a TDB2 database for Fuseki with {@code tdb2.tdbloader}
 * (default graph); write a RIKG bundle manifest that puts the same file into one named graph; start both
 * servers on free ports of 127.0.0.1; run {@code benchmark.testdriver.TestDriver} against one server at a
 * time, alternating (RIKG, Fuseki, RIKG, Fuseki, ...) with the same seed for both sides in a round; parse the
 * driver's XML results; print the table and write it to {@code bench/target/bsbm-results.md}. Every process
 * it starts is stopped at the end, also on failure or Ctrl-C.
 *
 * <p>Started by {@code bench/run-bsbm.sh}, which builds what this needs; run that with {@code --help}.
 */
public final class BsbmBench {

    static final String GRAPH = "https://example.org/graph/bsbm";
    static final int MAX_QUERY = 12;
    /** Query 6 (regex on labels) is in the query files but not in the explore mix since BSBM 3. */
    static final String NOT_IN_MIX = "not in the explore mix (dropped in BSBM 3)";

    private final Options o;
    private final List<Process> started = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private BsbmBench(Options o) {
        this.o = o;
    }

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        BsbmBench bench = new BsbmBench(o);
        Thread hook = new Thread(bench::stopAll, "stop-servers");
        Runtime.getRuntime().addShutdownHook(hook);
        int rc;
        try {
            rc = bench.run();
        } catch (BenchException e) {
            System.err.println("\nBSBM benchmark FAILED: " + e.getMessage());
            rc = 1;
        } finally {
            bench.stopAll();
        }
        Runtime.getRuntime().removeShutdownHook(hook);
        System.exit(rc);
    }

    // ------------------------------------------------------------------------------------------ the run

    private int run() throws Exception {
        Path work = o.work;
        Files.createDirectories(work);
        Instant begun = Instant.now();
        log("BSBM explore: %d products, %d rounds x (%d warm-up + %d measured query mixes) per server, 1 client",
                o.products, o.rounds, o.warmup, o.runs);
        log("work folder %s", work);

        // Run a copy of the RIKG jar: a rebuild of server/ during the run must not pull the jar from under it.
        Path rikgJar = o.benchDir.resolve("target/rikg-server.jar");
        if (!o.rikgJar.equals(rikgJar)) {
            Files.copy(o.rikgJar, rikgJar, StandardCopyOption.REPLACE_EXISTING);
        }
        log("RIKG jar: %s (copied from %s, built %s)", rikgJar, o.rikgJar, Files.getLastModifiedTime(o.rikgJar));

        Path data = generate(work.resolve("data"));
        Path nt = data.resolve("dataset.nt");
        Path fusekiDb = loadFuseki(work.resolve("fuseki-tdb2"), nt, null);
        Path unionDb = o.unionBaseline ? loadFuseki(work.resolve("fuseki-union-tdb2"), nt, GRAPH) : null;
        Path manifest = writeBundle(work.resolve("rikg-bundle"), nt);

        Path logs = work.resolve("logs");
        Files.createDirectories(logs);
        int rikgPort = freePort();
        Side rikg = new Side("RIKG", "http://127.0.0.1:" + rikgPort + "/sparql", logs.resolve("rikg.log"));
        log("starting RIKG on 127.0.0.1:%d (loads the bundle into %s on first start; log %s)", rikgPort,
                work.resolve("rikg-store"), rikg.log);
        rikg.process = start(work, rikg.log, Map.of(), List.of(java(), "-Xmx" + o.heap,
                "-XX:+ExitOnOutOfMemoryError", "-jar", rikgJar.toString(),
                "--server.port=" + rikgPort, "--server.address=127.0.0.1",
                "--rikg.store.location=" + work.resolve("rikg-store"),
                "--rikg.store.manifests=" + manifest.toUri(),
                "--rikg.sparql.admission.max-concurrent-per-client=64",
                "--rikg.sparql.admission.max-concurrent=64",
                "--rikg.sparql.max-result-rows=10000000"));
        List<Side> sides = new ArrayList<>(List.of(rikg));
        sides.add(startFuseki("Fuseki", fusekiDb, false, work, logs));
        if (unionDb != null) {
            sides.add(startFuseki("Fuseki-union", unionDb, true, work, logs));
        }

        awaitReady(rikg, URI.create(rikg.endpoint), "text/turtle");
        for (Side s : sides.subList(1, sides.size())) {
            awaitReady(s, URI.create(s.endpoint + "?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8)),
                    "application/sparql-results+json");
        }

        long bsbmTriples = countLines(nt);
        for (Side s : sides) {
            s.triples = countTriples(s.endpoint);
        }
        log("triples in the default graph: %s; the BSBM file has %,d", String.join(", ", sides.stream()
                .map(s -> String.format(Locale.ROOT, "%s %,d", s.name, s.triples)).toList()), bsbmTriples);

        List<String> answerCheck = compareAnswers(sides);

        Path results = work.resolve("results");
        deleteTree(results);
        Files.createDirectories(results);
        for (int round = 1; round <= o.rounds; round++) {
            long seed = o.seed + round - 1;
            for (Side side : sides) {
                Result r = drive(side, round, seed, data.resolve("td_data"), results, sides);
                side.rounds.add(r);
                log("round %d/%d %-12s seed %d: %,.1f QMpH (%d mixes in %.1f s; load average %.2f)", round,
                        o.rounds, side.name, seed, r.qmph, r.mixes, r.totalSeconds, r.loadAverage);
            }
        }

        String table = table(sides, bsbmTriples, answerCheck, Duration.between(begun, Instant.now()));
        System.out.println();
        System.out.println(table);
        Files.writeString(work.resolve("bsbm-results.md"), table);
        Files.writeString(o.resultsFile, table);
        log("table written to %s (and %s)", o.resultsFile, work.resolve("bsbm-results.md"));
        return 0;
    }

    /**
     * Starts Fuseki 5.6.0 on a TDB2 database, read only, at /bsbm. With {@code union} the default graph of a
     * query is the union of the named graphs, as in RIKG ({@code tdb:unionDefaultGraph}).
     */
    private Side startFuseki(String name, Path db, boolean union, Path work, Path logs) throws IOException {
        int port = freePort();
        Side side = new Side(name, "http://127.0.0.1:" + port + "/bsbm/sparql",
                logs.resolve(name.toLowerCase(Locale.ROOT) + ".log"));
        Path base = work.resolve(name.toLowerCase(Locale.ROOT) + "-base"); // FUSEKI_BASE: its run/ files
        Files.createDirectories(base);
        List<String> cmd = new ArrayList<>(List.of(java(), "-Xmx" + o.heap, "-XX:+ExitOnOutOfMemoryError"));
        if (o.fusekiMain) {
            cmd.addAll(List.of("-cp", o.fusekiJar.toString(), "org.apache.jena.fuseki.main.cmds.FusekiMainCmd"));
        } else {
            cmd.addAll(List.of("-jar", o.fusekiJar.toString()));
        }
        cmd.addAll(List.of("--localhost", "--port=" + port));
        if (union) {
            cmd.addAll(List.of("--set", "tdb:unionDefaultGraph=true"));
        }
        cmd.addAll(List.of("--tdb2", "--loc=" + db, "/bsbm"));
        log("starting %s: Fuseki 5.6.0 (%s) on 127.0.0.1:%d, TDB2 at %s%s (log %s)", name,
                o.fusekiMain ? "FusekiMainCmd" : "java -jar jena-fuseki-server.jar", port, db,
                union ? ", union default graph" : "", side.log);
        side.process = start(work, side.log, Map.of("FUSEKI_BASE", base.toString()), cmd);
        return side;
    }

    // ------------------------------------------------------------------------------------------ data

    private Path generate(Path dir) throws Exception {
        Path done = dir.resolve("generated.ok");
        if (Files.exists(done) && !o.fresh) {
            log("BSBM data: reusing %s (--fresh to regenerate)", dir);
            return dir;
        }
        deleteTree(dir);
        Files.createDirectories(dir);
        log("BSBM data: generating %d products as N-Triples, with the driver's td_data", o.products);
        // -s nt: N-Triples; -fn: dataset(.nt) in the working directory; -dir: the test driver's parameter data.
        exec("generator", dir, dir.resolve("generator.log"), List.of(java(), "-Xmx2g", "-cp", o.libClasspath(),
                "benchmark.generator.Generator", "-pc", Integer.toString(o.products), "-s", "nt",
                "-fn", "dataset", "-dir", "td_data"), Duration.ofHours(2));
        if (!Files.isRegularFile(dir.resolve("dataset.nt")) || !Files.isRegularFile(dir.resolve("td_data/pth.dat"))) {
            throw new BenchException("the generator wrote no dataset.nt or td_data: see " + dir.resolve("generator.log"));
        }
        Files.writeString(done, Instant.now().toString() + "\n");
        return dir;
    }

    /** Loads the data with tdb2.tdbloader into a new TDB2 database: the default graph, or {@code graph}. */
    private Path loadFuseki(Path db, Path nt, String graph) throws Exception {
        Path done = db.resolveSibling(db.getFileName() + ".ok");
        if (Files.exists(done) && !o.fresh && Files.getLastModifiedTime(done).compareTo(Files.getLastModifiedTime(nt)) > 0) {
            log("Fuseki TDB2: reusing %s", db);
            return db;
        }
        Files.deleteIfExists(done);
        deleteTree(db);
        log("Fuseki TDB2: loading %s into %s of %s with tdb2.tdbloader", nt.getFileName(),
                graph == null ? "the default graph" : "the named graph <" + graph + ">", db.getFileName());
        Instant t0 = Instant.now();
        List<String> cmd = new ArrayList<>(List.of(java(), "-Xmx" + o.heap,
                "-cp", o.fusekiJar.getParent().resolve("jena-cmds.jar") + File.pathSeparator + o.fusekiJar,
                "tdb2.tdbloader", "--loc=" + db));
        if (graph != null) {
            cmd.add("--graph=" + graph);
        }
        cmd.add(nt.toString());
        exec("tdb2.tdbloader", db.getParent(), db.resolveSibling(db.getFileName() + "-tdbloader.log"), cmd,
                Duration.ofHours(2));
        Files.writeString(done, Instant.now().toString() + "\n");
        log("Fuseki TDB2: loaded in %.1f s", Duration.between(t0, Instant.now()).toMillis() / 1000.0);
        return db;
    }

    /** A bundle the RIKG server loads: META-INF/rikg/graphs.tsv naming one graph, the data file beside it. */
    private Path writeBundle(Path bundle, Path nt) throws IOException {
        Path manifest = bundle.resolve("META-INF/rikg/graphs.tsv");
        Path file = bundle.resolve("bsbm/dataset.ttl"); // N-Triples is Turtle; the loader parses Turtle
        Files.createDirectories(manifest.getParent());
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        try {
            Files.createLink(file, nt);
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(nt, file, StandardCopyOption.REPLACE_EXISTING);
        }
        Files.writeString(manifest, "# The BSBM data in one named graph (written by bench/run-bsbm.sh)\n"
                + GRAPH + "\tbsbm/dataset.ttl\n");
        return manifest;
    }

    // ------------------------------------------------------------------------------------------ driving

    private Result drive(Side side, int round, long seed, Path tdData, Path results, List<Side> sides)
            throws Exception {
        String name = String.format(Locale.ROOT, "round%d-%s", round, side.name.toLowerCase(Locale.ROOT));
        Path xml = results.resolve(name + ".xml");
        Path out = results.resolve(name + ".log");
        exec("TestDriver (" + side.name + ", round " + round + ")", results, out, List.of(java(), "-Xmx1g",
                "-cp", o.libClasspath(), "benchmark.testdriver.TestDriver",
                "-w", Integer.toString(o.warmup), "-runs", Integer.toString(o.runs),
                "-idir", tdData.toString(), "-o", xml.toString(), "-seed", Long.toString(seed),
                "-t", Long.toString(o.timeoutMs), side.endpoint), Duration.ofHours(4));
        for (Side s : sides) {
            if (!s.process.isAlive()) {
                throw new BenchException(s.name + " died during the run: see " + s.log + "\n" + tail(s.log));
            }
        }
        if (!Files.isRegularFile(xml)) {
            throw new BenchException("the driver wrote no " + xml + ": see " + out);
        }
        double load = loadAverage();
        Result r = Result.parse(xml);
        r.problems = problems(out);
        r.loadAverage = load;
        return r;
    }

    /** Lines of the driver's output that tell of failed queries (the driver goes on after some failures). */
    private static List<String> problems(Path driverLog) throws IOException {
        List<String> found = new ArrayList<>();
        for (String line : Files.readAllLines(driverLog, StandardCharsets.UTF_8)) {
            String l = line.toLowerCase(Locale.ROOT);
            if (l.contains("exception") || l.contains("error") || l.contains("could not")) {
                found.add(line.strip());
            }
        }
        return found;
    }

    // ------------------------------------------------------------------------------------------ the table

    private String table(List<Side> sides, long bsbmTriples, List<String> answerCheck, Duration took) {
        Side rikg = sides.get(0);
        Side fuseki = sides.get(1);
        Side union = sides.size() > 2 ? sides.get(2) : null;
        StringBuilder t = new StringBuilder();
        String date = DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(Instant.now().atOffset(ZoneOffset.UTC).withNano(0));
        t.append("# BSBM explore: RIKG /sparql vs. Apache Jena Fuseki 5.6.0\n\n");
        t.append(String.format(Locale.ROOT, "- %s UTC, %d cores (%s), Java %s, heap -Xmx%s for each server%n", date,
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.arch"),
                System.getProperty("java.version"), o.heap));
        t.append(String.format(Locale.ROOT, "- BSBM %d products (%,d triples, N-Triples)%n", o.products, bsbmTriples));
        t.append(String.format(Locale.ROOT, "- RIKG: the data in one named graph of its TDB2 store, queried through "
                + "its union default graph (%,d triples: + RIKG's load records)%n", rikg.triples));
        String how = o.fusekiMain ? "FusekiMainCmd (no UI, no Shiro)" : "`java -jar jena-fuseki-server.jar`";
        t.append(String.format(Locale.ROOT, "- Fuseki: %s, TDB2 loaded with tdb2.tdbloader, the data in the default "
                + "graph (%,d triples)%n", how, fuseki.triples));
        if (union != null) {
            t.append(String.format(Locale.ROOT, "- Fuseki-union: the same Fuseki, the data in the named graph as in RIKG, "
                    + "`--set tdb:unionDefaultGraph=true` (%,d triples)%n", union.triples));
        }
        t.append(String.format(Locale.ROOT, "- TestDriver (bsbm-core 3.1.10), explore mix (25 queries a mix), 1 client, "
                + "%d rounds, each measuring %s in turn with the same seed (%d + round - 1): %d warm-up + %d measured "
                + "mixes per server and round; whole run %d min%n%n", o.rounds,
                String.join(", ", sides.stream().map(x -> x.name).toList()), o.seed, o.warmup, o.runs,
                Math.max(1, took.toMinutes())));

        StringBuilder head = new StringBuilder("| Query | runs per server |");
        StringBuilder rule = new StringBuilder("|---|---:|");
        for (Side x : sides) {
            head.append(' ').append(x.name).append(" avg (ms) |");
            rule.append("---:|");
        }
        head.append(" RIKG / Fuseki time |");
        rule.append("---:|");
        if (union != null) {
            head.append(" RIKG / Fuseki-union time |");
            rule.append("---:|");
        }
        t.append(head).append('\n').append(rule).append('\n');
        for (int q = 1; q <= MAX_QUERY; q++) {
            final int nr = q;
            List<QueryAgg> aggs = sides.stream().map(x -> x.query(nr)).toList();
            if (aggs.stream().allMatch(a -> a.count == 0)) {
                t.append(String.format(Locale.ROOT, "| Q%d | 0 |%s %s |%n", q, " – |".repeat(sides.size()), NOT_IN_MIX
                        + (union != null ? " | –" : "")));
                continue;
            }
            List<Long> counts = aggs.stream().map(a -> a.count).distinct().toList();
            t.append(String.format(Locale.ROOT, "| Q%d | %s |", q, counts.size() == 1 ? counts.get(0).toString()
                    : String.join(" / ", aggs.stream().map(a -> Long.toString(a.count)).toList())));
            for (QueryAgg a : aggs) {
                t.append(String.format(Locale.ROOT, " %.3f |", a.avgMs()));
            }
            t.append(String.format(Locale.ROOT, " %.2f |", aggs.get(0).avgMs() / aggs.get(1).avgMs()));
            if (union != null) {
                t.append(String.format(Locale.ROOT, " %.2f |", aggs.get(0).avgMs() / aggs.get(2).avgMs()));
            }
            t.append('\n');
        }
        double ratio = rikg.qmph() / fuseki.qmph();
        t.append(String.format(Locale.ROOT, "| **QMpH** | %d |", rikg.mixes()));
        for (Side x : sides) {
            t.append(String.format(Locale.ROOT, " **%,.1f** |", x.qmph()));
        }
        t.append(String.format(Locale.ROOT, " QMpH RIKG / Fuseki: **%.3f** |", ratio));
        if (union != null) {
            t.append(String.format(Locale.ROOT, " QMpH RIKG / Fuseki-union: **%.3f** |", rikg.qmph() / union.qmph()));
        }
        t.append("\n\n");
        t.append(String.format(Locale.ROOT, "Target QMpH RIKG / Fuseki ≥ 0.95: **%s** (%.3f).%n%n",
                ratio >= 0.95 ? "met" : "not met", ratio));

        t.append("QMpH per round (1-minute load average of the machine at the end of each): ");
        for (int i = 0; i < o.rounds; i++) {
            final int round = i;
            t.append(i == 0 ? "" : "; ").append("round ").append(i + 1).append(": ").append(String.join(", ",
                    sides.stream().map(x -> String.format(Locale.ROOT, "%s %,.0f (%.1f)", x.name,
                            x.rounds.get(round).qmph, x.rounds.get(round).loadAverage)).toList()));
        }
        t.append(".\n\n");
        double maxLoad = sides.stream().flatMap(x -> x.rounds.stream()).mapToDouble(r -> r.loadAverage)
                .filter(d -> !Double.isNaN(d)).max().orElse(Double.NaN);
        int cores = Runtime.getRuntime().availableProcessors();
        if (maxLoad > cores + 0.5) {
            t.append(String.format(Locale.ROOT, "Note: the machine was busy with other work during the run (load average "
                    + "up to %.1f on %d cores; the benchmark itself accounts for about 1.5): the figures are noisy, "
                    + "compare the rounds.%n%n", maxLoad, cores));
        }
        t.append("Answer check before the run (fixed parameters, sorted lines compared with RIKG's): ")
                .append(String.join("; ", answerCheck)).append(".\n\n");

        // All sides ran the same queries in each round (same seed): their result sizes must agree.
        List<String> notes = new ArrayList<>();
        for (Side other : sides.subList(1, sides.size())) {
            for (int q = 1; q <= MAX_QUERY; q++) {
                List<String> differing = new ArrayList<>();
                for (int i = 0; i < o.rounds; i++) {
                    Result.Q qa = rikg.rounds.get(i).queries.get(q);
                    Result.Q qb = other.rounds.get(i).queries.get(q);
                    if (qa == null || qb == null || (qa.count == 0 && qb.count == 0)) {
                        continue;
                    }
                    if (Math.abs(qa.avgResults - qb.avgResults) > 1e-9) {
                        differing.add(String.format(Locale.ROOT, "round %d: RIKG %.2f, %s %.2f", i + 1, qa.avgResults,
                                other.name, qb.avgResults));
                    }
                }
                if (!differing.isEmpty()) {
                    boolean bytes = q == 9 || q == 12; // DESCRIBE / CONSTRUCT: the driver counts bytes of RDF/XML
                    notes.add(String.format(Locale.ROOT, "Q%d, RIKG vs. %s: average result %s differs (%s)%s", q,
                            other.name, bytes ? "size in bytes of RDF/XML" : "count", String.join("; ", differing),
                            bytes ? ". The answer check above compares the triples: namespace prefixes alone change the size"
                                    : ""));
                }
            }
        }
        for (Side x : sides) {
            for (int q = 1; q <= MAX_QUERY; q++) {
                long timeouts = 0;
                for (Result r : x.rounds) {
                    Result.Q rq = r.queries.get(q);
                    timeouts += rq == null ? 0 : rq.timeouts;
                }
                if (timeouts > 0) {
                    notes.add(String.format(Locale.ROOT, "Q%d, %s: %d timeouts (> %d ms)", q, x.name, timeouts, o.timeoutMs));
                }
            }
            for (int i = 0; i < o.rounds; i++) {
                List<String> p = x.rounds.get(i).problems;
                if (!p.isEmpty()) {
                    notes.add(String.format(Locale.ROOT, "round %d %s: the driver reported %d problem lines, first: %s",
                            i + 1, x.name, p.size(), p.get(0)));
                }
            }
        }
        if (notes.isEmpty()) {
            t.append("Check: in every round all servers returned the same average result counts (SELECT) and sizes "
                    + "(DESCRIBE Q9, CONSTRUCT Q12) for every query; no timeouts, no errors reported by the driver.\n");
        } else {
            t.append("Differences and problems:\n\n");
            for (String n : notes) {
                t.append("- ").append(n).append('\n');
            }
        }
        return t.toString();
    }

    /**
     * Sends a few explore queries with fixed parameters to both servers and compares the answers line by line
     * (sorted): N-Triples for DESCRIBE and CONSTRUCT, TSV for SELECT. The driver only compares sizes.
     */
    private List<String> compareAnswers(List<Side> sides) throws Exception {
        String inst = "<http://www4.wiwiss.fu-berlin.de/bizer/bsbm/v01/instances/";
        Map<Integer, Map<String, String>> checks = new LinkedHashMap<>();
        checks.put(2, Map.of("%ProductXYZ%", inst + "dataFromProducer1/Product1>"));
        checks.put(8, Map.of("%ProductXYZ%", inst + "dataFromProducer1/Product1>"));
        checks.put(9, Map.of("%ReviewXYZ%", inst + "dataFromRatingSite1/Review1>"));
        checks.put(11, Map.of("%OfferXYZ%", inst + "dataFromVendor1/Offer1>"));
        checks.put(12, Map.of("%OfferXYZ%", inst + "dataFromVendor1/Offer1>"));
        List<String> report = new ArrayList<>();
        Path jar = o.benchDir.resolve("target/lib/bsbm-core-3.1.10.jar");
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
            for (Map.Entry<Integer, Map<String, String>> c : checks.entrySet()) {
                int q = c.getKey();
                String query = new String(zip.getInputStream(zip.getEntry("queries/explore/query" + q + ".txt"))
                        .readAllBytes(), StandardCharsets.UTF_8);
                for (Map.Entry<String, String> p : c.getValue().entrySet()) {
                    query = query.replace(p.getKey(), p.getValue());
                }
                String accept = q == 9 || q == 12 ? "application/n-triples" : "text/tab-separated-values";
                List<String> a = answerLines(sides.get(0).endpoint, query, accept);
                int n = Math.max(0, a.size() - (accept.startsWith("text") ? 1 : 0));
                List<String> differ = new ArrayList<>();
                for (Side other : sides.subList(1, sides.size())) {
                    List<String> b = answerLines(other.endpoint, query, accept);
                    if (!a.equals(b)) {
                        differ.add(other.name);
                        Files.write(o.work.resolve("logs/answer-q" + q + "-rikg.txt"), a);
                        Files.write(o.work.resolve("logs/answer-q" + q + "-" + other.name.toLowerCase(Locale.ROOT)
                                + ".txt"), b);
                    }
                }
                report.add(String.format(Locale.ROOT, "Q%d %s (%d %s)", q, differ.isEmpty() ? "same"
                        : "DIFFERENT on " + String.join(", ", differ) + " (see logs/answer-q" + q + "-*.txt)", n,
                        accept.startsWith("text") ? "rows" : "triples"));
            }
        }
        log("answer check: %s", String.join("; ", report));
        return report;
    }

    private List<String> answerLines(String endpoint, String query, String accept) throws Exception {
        URI uri = URI.create(endpoint + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(2))
                .header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            return List.of("HTTP " + r.statusCode() + ": " + r.body());
        }
        List<String> lines = new ArrayList<>(r.body().lines().filter(l -> !l.isBlank()).toList());
        if (accept.startsWith("text") && !lines.isEmpty()) {
            String header = lines.remove(0);
            lines.sort(null);
            lines.add(0, header);
        } else {
            lines.sort(null);
        }
        return lines;
    }

    private static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    // ------------------------------------------------------------------------------------------ processes

    private Process start(Path dir, Path logFile, Map<String, String> env, List<String> cmd) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(logFile.toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        synchronized (started) {
            started.add(p);
        }
        return p;
    }

    private void exec(String what, Path dir, Path logFile, List<String> cmd, Duration limit) throws Exception {
        Process p = start(dir, logFile, Map.of(), cmd);
        try {
            if (!p.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new BenchException(what + " did not finish within " + limit + ": see " + logFile);
            }
            if (p.exitValue() != 0) {
                throw new BenchException(what + " failed (exit " + p.exitValue() + "): see " + logFile + "\n" + tail(logFile));
            }
        } finally {
            stop(p);
        }
    }

    private void awaitReady(Side side, URI probe, String accept) throws Exception {
        String name = side.name;
        Process p = side.process;
        Path logFile = side.log;
        Instant t0 = Instant.now();
        Instant deadline = t0.plus(o.startTimeout);
        HttpRequest req = HttpRequest.newBuilder(probe).timeout(Duration.ofSeconds(10)).header("Accept", accept).GET().build();
        while (Instant.now().isBefore(deadline)) {
            if (!p.isAlive()) {
                throw new BenchException(name + " exited (" + p.exitValue() + ") before answering: see " + logFile
                        + "\n" + tail(logFile));
            }
            try {
                HttpResponse<Void> r = http.send(req, HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    log("%s answers (%s, after %.1f s)", name, probe.getPath(), Duration.between(t0, Instant.now()).toMillis() / 1000.0);
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new BenchException(name + " did not answer " + probe + " within " + o.startTimeout + ": see " + logFile);
    }

    private long countTriples(String endpoint) throws Exception {
        URI uri = URI.create(endpoint + "?query=" + URLEncoder.encode("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }",
                StandardCharsets.UTF_8));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(5))
                .header("Accept", "application/sparql-results+json").GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"value\"\\s*:\\s*\"(\\d+)\"").matcher(r.body());
        if (r.statusCode() != 200 || !m.find()) {
            throw new BenchException("COUNT(*) on " + endpoint + " answered " + r.statusCode() + ": " + r.body());
        }
        return Long.parseLong(m.group(1));
    }

    private void stopAll() {
        List<Process> all;
        synchronized (started) {
            all = new ArrayList<>(started);
        }
        for (Process p : all) {
            stop(p);
        }
    }

    private static void stop(Process p) {
        if (!p.isAlive()) {
            return;
        }
        p.destroy();
        try {
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    // ------------------------------------------------------------------------------------------ helpers

    private static String tail(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 25), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(cannot read " + file + ")";
        }
    }

    private static long countLines(Path file) throws IOException {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.filter(l -> !l.isBlank() && !l.startsWith("#")).count();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void log(String format, Object... args) {
        String time = DateTimeFormatter.ofPattern("HH:mm:ss").format(java.time.LocalTime.now());
        System.out.println("[bsbm " + time + "] " + String.format(Locale.ROOT, format, args));
        System.out.flush();
    }

    static final class BenchException extends RuntimeException {
        BenchException(String message) {
            super(message);
        }
    }

    // ------------------------------------------------------------------------------------------ results

    /** One server's rounds. */
    static final class Side {
        final String name;
        final String endpoint;
        final Path log;
        final List<Result> rounds = new ArrayList<>();
        Process process;
        long triples;

        Side(String name, String endpoint, Path log) {
            this.name = name;
            this.endpoint = endpoint;
            this.log = log;
        }

        /** Query mixes per hour over all measured mixes of all rounds. */
        double qmph() {
            return 3600.0 * mixes() / rounds.stream().mapToDouble(r -> r.totalSeconds).sum();
        }

        long mixes() {
            return rounds.stream().mapToLong(r -> r.mixes).sum();
        }

        QueryAgg query(int nr) {
            QueryAgg a = new QueryAgg();
            for (Result r : rounds) {
                Result.Q q = r.queries.get(nr);
                if (q != null) {
                    a.count += q.count;
                    a.totalSeconds += q.count * q.aqet;
                }
            }
            return a;
        }
    }

    static final class QueryAgg {
        long count;
        double totalSeconds;

        double avgMs() {
            return count == 0 ? Double.NaN : 1000.0 * totalSeconds / count;
        }
    }

    /** The driver's XML result file (benchmark_result.xml format). */
    static final class Result {
        long mixes;
        double totalSeconds;
        double qmph;
        final Map<Integer, Q> queries = new TreeMap<>();
        List<String> problems = List.of();
        double loadAverage = Double.NaN;

        static final class Q {
            long count;
            double aqet;
            double avgResults;
            long timeouts;
        }

        static Result parse(Path xml) throws Exception {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document d = f.newDocumentBuilder().parse(xml.toFile());
            Element mix = (Element) d.getElementsByTagName("querymix").item(0);
            Result r = new Result();
            r.mixes = Long.parseLong(text(mix, "querymixruns", "0"));
            r.totalSeconds = Double.parseDouble(text(mix, "totalruntime", "0"));
            r.qmph = Double.parseDouble(text(mix, "qmph", "0"));
            NodeList qs = d.getElementsByTagName("query");
            for (int i = 0; i < qs.getLength(); i++) {
                Element e = (Element) qs.item(i);
                Q q = new Q();
                q.count = Long.parseLong(text(e, "executecount", "0"));
                q.aqet = Double.parseDouble(text(e, "aqet", "0"));
                q.avgResults = Double.parseDouble(text(e, "avgresults", "0"));
                q.timeouts = Long.parseLong(text(e, "timeoutcount", "0"));
                r.queries.put(Integer.parseInt(e.getAttribute("nr")), q);
            }
            if (r.mixes == 0 || r.totalSeconds <= 0) {
                throw new BenchException(xml + " holds no measured query mix");
            }
            return r;
        }

        private static String text(Element parent, String tag, String dflt) {
            NodeList n = parent.getElementsByTagName(tag);
            return n.getLength() == 0 ? dflt : n.item(0).getTextContent().strip();
        }
    }

    // ------------------------------------------------------------------------------------------ options

    static final class Options {
        int products = 1000;
        int rounds = 3;
        int warmup = 20;
        int runs = 50;
        long seed = 808080;
        long timeoutMs = 60_000;
        String heap = "4g";
        boolean fresh;
        boolean fusekiMain;
        boolean unionBaseline;
        Duration startTimeout = Duration.ofMinutes(60);
        Path benchDir = Path.of("").toAbsolutePath();
        Path rikgJar;
        Path fusekiJar;
        Path work;
        Path resultsFile;

        String libClasspath() {
            return benchDir.resolve("target/lib").toString() + File.separator + "*";
        }

        static Options parse(String[] args) {
            Options o = new Options();
            Map<String, String> kv = new LinkedHashMap<>();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--fresh" -> o.fresh = true;
                    case "--fuseki-main" -> o.fusekiMain = true;
                    case "--union-baseline" -> o.unionBaseline = true;
                    case "-h", "--help" -> {
                        usage();
                        System.exit(0);
                    }
                    default -> {
                        if (!a.startsWith("--") || i + 1 >= args.length) {
                            System.err.println("Unknown or incomplete option: " + a);
                            usage();
                            System.exit(2);
                        }
                        kv.put(a, args[++i]);
                    }
                }
            }
            for (Map.Entry<String, String> e : kv.entrySet()) {
                String v = e.getValue();
                switch (e.getKey()) {
                    case "--products" -> o.products = Integer.parseInt(v);
                    case "--rounds" -> o.rounds = Integer.parseInt(v);
                    case "--warmup" -> o.warmup = Integer.parseInt(v);
                    case "--runs" -> o.runs = Integer.parseInt(v);
                    case "--seed" -> o.seed = Long.parseLong(v);
                    case "--heap" -> o.heap = v;
                    case "--query-timeout-ms" -> o.timeoutMs = Long.parseLong(v);
                    case "--start-timeout-min" -> o.startTimeout = Duration.ofMinutes(Long.parseLong(v));
                    case "--bench-dir" -> o.benchDir = Path.of(v).toAbsolutePath().normalize();
                    case "--rikg-jar" -> o.rikgJar = Path.of(v).toAbsolutePath().normalize();
                    case "--work" -> o.work = Path.of(v).toAbsolutePath().normalize();
                    default -> {
                        System.err.println("Unknown option: " + e.getKey());
                        usage();
                        System.exit(2);
                    }
                }
            }
            if (o.products < 1 || o.rounds < 1 || o.runs < 1 || o.warmup < 0) {
                System.err.println("--products, --rounds and --runs must be at least 1, --warmup at least 0");
                System.exit(2);
            }
            if (o.rikgJar == null) {
                o.rikgJar = o.benchDir.getParent().resolve("server/target/rikg-server.jar");
            }
            o.fusekiJar = o.benchDir.resolve("target/fuseki/jena-fuseki-server.jar");
            if (o.work == null) {
                o.work = o.benchDir.resolve("target/bsbm-" + o.products);
            }
            o.resultsFile = o.benchDir.resolve("target/bsbm-results.md");
            for (Path p : List.of(o.rikgJar, o.fusekiJar, o.benchDir.resolve("target/lib"))) {
                if (!Files.exists(p)) {
                    System.err.println("Missing " + p + ": run bench/run-bsbm.sh, which builds it");
                    System.exit(2);
                }
            }
            return o;
        }

        static void usage() {
            System.err.println("""
                    Usage: bench/run-bsbm.sh [options]
                      --products N          BSBM scale: number of products (default 1000; e.g. 10000)
                      --rounds N            rounds; each measures RIKG, then Fuseki (then Fuseki-union) (default 3)
                      --warmup N            warm-up query mixes per server and round (default 20)
                      --runs N              measured query mixes per server and round (default 50)
                      --seed N              driver seed of round 1; round r uses seed+r-1, same for both (default 808080)
                      --heap SIZE           -Xmx of each server and of the loader (default 4g)
                      --query-timeout-ms N  the driver counts queries slower than this as timeouts (default 60000)
                      --fuseki-main         run Fuseki as FusekiMainCmd (no UI, no Shiro) instead of java -jar
                      --union-baseline      also measure "Fuseki-union": Fuseki with the data in the same named graph
                                            and tdb:unionDefaultGraph=true, i.e. RIKG's store layout without RIKG
                      --fresh               regenerate the data and reload both stores
                      --rikg-jar PATH       use this RIKG jar (run-bsbm.sh then skips building RIKG)
                      --work DIR            work folder (default bench/target/bsbm-<products>)
                      --start-timeout-min N how long to wait for a server to answer (default 60)
                    """);
        }
    }
}
