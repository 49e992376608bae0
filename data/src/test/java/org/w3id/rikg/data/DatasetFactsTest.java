package org.w3id.rikg.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The facts the issue asks for, checked on the shipped graphs (as loaded from the classpath, like the server). */
class DatasetFactsTest {

    static final String ID = "https://w3id.org/rikg/id/";
    static final String RIKG = "https://w3id.org/rikg/ontology/";
    static final String G = "https://w3id.org/rikg/graph/";

    /** The 14 founders as DOMAIN.md's table gives them: AGS → Land code, NUTS-3, Wikidata. */
    static final Map<String, List<String>> FOUNDERS = new TreeMap<>(Map.ofEntries(
            Map.entry("07231", List.of("07", "DEB22", "Q8585")), Map.entry("15084", List.of("15", "DEE08", "Q6102")),
            Map.entry("03351", List.of("03", "DE931", "Q5919")), Map.entry("09473", List.of("09", "DE247", "Q10440")),
            Map.entry("09174", List.of("09", "DE217", "Q10500")), Map.entry("12061", List.of("12", "DE406", "Q6173")),
            Map.entry("08215", List.of("08", "DE123", "Q8178")), Map.entry("05766", List.of("05", "DEA45", "Q6230")),
            Map.entry("03458", List.of("03", "DE94D", "Q5952")), Map.entry("08436", List.of("08", "DE148", "Q8225")),
            Map.entry("06634", List.of("06", "DE735", "Q7894")), Map.entry("15090", List.of("15", "DEE0D", "Q6057")),
            Map.entry("06635", List.of("06", "DE736", "Q7893")), Map.entry("06636", List.of("06", "DE737", "Q7896"))));

    static Map<String, Graph> graphs;
    static Graph union;

    @BeforeAll
    static void load() {
        graphs = ShippedDataset.dataGraphs();
        union = GraphFactory.createDefaultGraph();
        graphs.values().forEach(g -> g.find().forEach(union::add));
    }

    static Node iri(String s) {
        return Ns.iri(s);
    }

    static Node id(String s) {
        return Ns.id(s);
    }

    static Node rikg(String s) {
        return Ns.rikg(s);
    }

    static Node p(String prefixed) {
        return Ns.curie(prefixed);
    }

    static Set<Node> subjects(Graph g, Node pred, Node obj) {
        return g.find(Node.ANY, pred, obj).mapWith(Triple::getSubject).toSet();
    }

    static Set<Node> objects(Graph g, Node subj, Node pred) {
        return g.find(subj, pred, Node.ANY).mapWith(Triple::getObject).toSet();
    }

    static Set<String> lex(Graph g, Node subj, Node pred) {
        return objects(g, subj, pred).stream().map(Node::getLiteralLexicalForm).collect(Collectors.toSet());
    }

    static Graph graph(String key) {
        assertThat(graphs).containsKey(G + key);
        return graphs.get(G + key);
    }

    @Test
    void all401KreiseAnd16Laender() {
        Graph destatis = graph("destatis-gv-isys-2018");
        Set<Node> districts = subjects(destatis, p("rdf:type"), rikg("District"));
        assertThat(districts).hasSize(401);
        Set<Node> laender = subjects(destatis, p("rdf:type"), rikg("Land"));
        assertThat(laender).hasSize(16);
        assertThat(laender.stream().map(l -> lex(destatis, l, rikg("landCode")).iterator().next()))
                .containsExactlyInAnyOrder("01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13",
                        "14", "15", "16");
        assertThat(lex(destatis, id("land/16"), p("skos:prefLabel"))).containsExactly("Thüringen");
        assertThat(lex(destatis, id("land/01"), p("skos:prefLabel"))).containsExactly("Schleswig-Holstein");
    }

    @Test
    void landAreasAreDecimalSumsOfTheirKreiseAndBerlinAndHamburgHaveTheirs() {
        Graph destatis = graph("destatis-gv-isys-2018");
        for (int code = 1; code <= 16; code++) {
            Node land = id(String.format("land/%02d", code));
            Set<Node> stats = objects(destatis, land, rikg("hasStatistics"));
            assertThat(stats).as("statistics of %s", land).hasSize(1);
            java.math.BigDecimal area = new java.math.BigDecimal(lex(destatis, stats.iterator().next(), rikg("areaKm2")).iterator().next());
            java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
            for (Node d : subjects(destatis, rikg("inLand"), land)) {
                Node ds = objects(destatis, d, rikg("hasStatistics")).iterator().next();
                sum = sum.add(new java.math.BigDecimal(lex(destatis, ds, rikg("areaKm2")).iterator().next()));
            }
            assertThat(area).as("area of %s: no float noise, the sum of its Kreise", land).isEqualByComparingTo(sum);
            assertThat(area.scale()).isLessThanOrEqualTo(2);
        }
        Node berlin = objects(destatis, id("land/11"), rikg("hasStatistics")).iterator().next();
        assertThat(lex(destatis, berlin, p("rdfs:comment"))).anySatisfy(c -> assertThat(c).startsWith("Derived:").contains("11000"));
    }

    @Test
    void resourcesAreTypedWithRikgSuperclassesTooForAnEndpointWithoutInference() {
        Set<Node> projects = subjects(union, p("rdf:type"), rikg("Project"));
        assertThat(projects).isNotEmpty();
        assertThat(subjects(union, p("rdf:type"), rikg("Practice"))).containsAll(projects);
        assertThat(subjects(union, p("rdf:type"), rikg("AdministrativeArea")))
                .containsAll(subjects(union, p("rdf:type"), rikg("District")))
                .containsAll(subjects(union, p("rdf:type"), rikg("Land")));
    }

    @Test
    void everyKreisAndLandHasItsNutsGeometry() {
        Graph geometry = graph("nuts-2016-geometry");
        Graph destatis = graph("destatis-gv-isys-2018");
        Set<Node> districts = subjects(destatis, p("rdf:type"), rikg("District"));
        Set<Node> laender = subjects(destatis, p("rdf:type"), rikg("Land"));
        for (Node d : districts) {
            String nuts = lex(destatis, d, rikg("nutsCode")).iterator().next();
            assertThat(objects(geometry, d, p("geo:hasDefaultGeometry"))).as("area of %s", d)
                    .containsExactly(id("geometry/nuts-2016/" + nuts));
            assertThat(objects(geometry, d, p("geo:hasGeometry"))).hasSize(2);
            assertThat(lex(geometry, id("geometry/nuts-2016/" + nuts), p("geo:asWKT"))).singleElement()
                    .satisfies(wkt -> assertThat(wkt).matches("(MULTI)?POLYGON\\(\\(\\(?[0-9.]+ [0-9.]+, .*"));
            assertThat(lex(geometry, id("geometry/nuts-2016/" + nuts + "-label-point"), p("geo:asWKT"))).singleElement()
                    .satisfies(wkt -> assertThat(wkt).matches("POINT\\([0-9.]+ [0-9.]+\\)"));
        }
        for (Node l : laender) {
            assertThat(objects(geometry, l, p("geo:hasDefaultGeometry"))).as("area of %s", l).hasSize(1);
        }
        // Dahme-Spreewald lies in Brandenburg's NUTS-1 region DE4, by the code Destatis gives it.
        String lds = lex(destatis, id("district/12061"), rikg("nutsCode")).iterator().next();
        assertThat(lds).startsWith("DE4");
        assertThat(objects(geometry, id("land/12"), p("geo:hasDefaultGeometry"))).containsExactly(id("geometry/nuts-2016/DE4"));
        assertThat(graph("nuts-2016-geometry").size()).as("links, and type, two labels and WKT per geometry").isEqualTo(401L * 3 + 401L * 2 * 4 + 16L * 2 + 16L * 4);
    }

    @Test
    void everyKreisLiesInExactlyOneLandGivenByItsAgs() {
        for (Node d : subjects(union, p("rdf:type"), rikg("District"))) {
            Set<Node> lands = objects(union, d, rikg("inLand"));
            String ags = lex(union, d, rikg("ags")).iterator().next();
            assertThat(lands).as("Land of %s", d).containsExactly(id("land/" + ags.substring(0, 2)));
            assertThat(objects(union, d, rikg("hasStatistics"))).as("statistics of %s", d).hasSize(1);
        }
    }

    @Test
    void berlinAndHamburgAreLaenderAndKreisfreieStaedte() {
        Graph destatis = graph("destatis-gv-isys-2018");
        assertThat(objects(destatis, id("district/11000"), rikg("districtType"))).containsExactly(id("district-type/kreisfreie-stadt"));
        assertThat(lex(destatis, id("district/11000"), p("skos:prefLabel"))).containsExactly("Berlin, Stadt");
        assertThat(lex(destatis, id("land/11"), p("skos:prefLabel"))).containsExactly("Berlin");
        assertThat(lex(destatis, id("district/02000"), p("skos:prefLabel"))).containsExactly("Hamburg, Freie und Hansestadt");
        assertThat(objects(destatis, id("district/11000"), rikg("inLand"))).containsExactly(id("land/11"));
    }

    @Test
    void dahmeSpreewaldHasItsOfficialNameDisplayNameAndStatistics() {
        Graph destatis = graph("destatis-gv-isys-2018");
        Node lds = id("district/12061");
        assertThat(lex(destatis, lds, p("skos:prefLabel"))).containsExactly("Dahme-Spreewald");
        assertThat(lex(destatis, lds, iri("http://www.w3.org/2000/01/rdf-schema#label"))).containsExactly("Landkreis Dahme-Spreewald");
        assertThat(objects(destatis, lds, rikg("nutsRegion"))).containsExactly(iri("http://data.europa.eu/nuts/code/DE406"));
        Node stats = id("statistics/12061-2018-12-31");
        assertThat(lex(destatis, stats, rikg("population"))).containsExactly("169067");
        assertThat(lex(destatis, stats, rikg("referenceDate"))).containsExactly("2018-12-31");
        assertThat(lex(destatis, id("district/05766"), iri("http://www.w3.org/2000/01/rdf-schema#label"))).containsExactly("Kreis Lippe");
        assertThat(lex(destatis, id("district/15084"), iri("http://www.w3.org/2000/01/rdf-schema#label"))).containsExactly("Burgenlandkreis");
    }

    @Test
    void exactlyTheFourteenFoundingMembersResolvedToTheirAgs() {
        Graph lds = graph("lds-2024-0189");
        Node forum = id("network/forum-integration-in-laendlichen-raeumen");
        Set<Node> memberships = subjects(lds, p("org:organization"), forum);
        assertThat(memberships).hasSize(14);
        Set<String> members = new TreeSet<>();
        for (Node m : memberships) {
            assertThat(objects(lds, m, p("org:role"))).containsExactly(id("role/founding-member"));
            Node member = objects(lds, m, p("org:member")).iterator().next();
            members.add(member.getURI().substring((ID + "district/").length()));
        }
        assertThat(members).isEqualTo(FOUNDERS.keySet());
        Graph wikidata = graph("wikidata-kreise");
        FOUNDERS.forEach((ags, expected) -> {
            Node d = id("district/" + ags);
            assertThat(objects(union, d, rikg("inLand"))).as(ags).containsExactly(id("land/" + expected.get(0)));
            assertThat(lex(union, d, rikg("nutsCode"))).as(ags).containsExactly(expected.get(1));
            assertThat(objects(wikidata, d, p("owl:sameAs"))).as(ags)
                    .containsExactly(iri("http://www.wikidata.org/entity/" + expected.get(2)));
        });
        assertThat(subjects(graph("wikidata-kreise"), p("owl:sameAs"), Node.ANY)).hasSize(401);
    }

    @Test
    void theMisspellingIsAHiddenLabelInThePressReleaseGraphOnly() {
        Node lds = id("district/12061");
        assertThat(lex(graph("lds-2024-0189"), lds, p("skos:hiddenLabel"))).containsExactly("Dahme-Spreeland");
        assertThat(objects(graph("lds-2024-0189"), lds, p("skos:altLabel"))).isEmpty();
        assertThat(objects(graph("destatis-gv-isys-2018"), lds, p("skos:hiddenLabel"))).isEmpty();
    }

    @Test
    void cohortsByTheirSources() {
        Node released = id("cohort/lzz-2019-2022-lds-press-release");
        Graph lds = graph("lds-2024-0189");
        assertThat(lex(lds, released, rikg("participantCount"))).containsExactly("13");
        assertThat(objects(lds, released, rikg("participant"))).containsExactly(id("district/12061"));
        assertThat(lex(lds, released, rikg("startDate"))).containsExactly("2019");
        assertThat(lex(lds, released, rikg("endDate"))).containsExactly("2022");

        // Each source's own account, with only what it states; accounts that disagree on the period are separate.
        List<String> pilot = List.of("09473", "03153", "15085", "13076", "12070", "14523");
        assertThat(participants("p1", "lzz-pilot")).containsExactlyInAnyOrderElementsOf(pilot);
        assertThat(lex(graph("p1"), id("cohort/lzz-pilot"), rikg("endDate"))).containsExactly("2019-02");
        assertThat(lex(graph("p1"), id("cohort/lzz-pilot"), rikg("startDate"))).isEmpty();
        assertThat(lex(graph("rbs-pilot"), id("cohort/lzz-pilot"), rikg("startDate"))).containsExactly("2018-01");
        assertThat(lex(graph("rbs-pilot"), id("cohort/lzz-pilot"), rikg("participantCount"))).containsExactly("6");
        List<String> second = List.of("07231", "15083", "15084", "12061", "08236", "08215", "03458", "06634", "12073", "09190");
        // The foundation's release of 2020: ten districts "bis Herbst 2021"; the programme's site: 2020–2022.
        assertThat(participants("rbs-pm2020", "lzz-2020-2021")).containsExactlyInAnyOrderElementsOf(second);
        assertThat(lex(graph("rbs-pm2020"), id("cohort/lzz-2020-2021"), rikg("endDate"))).containsExactly("2021");
        assertThat(participants("p2", "lzz-2020-2021")).containsExactlyInAnyOrderElementsOf(second);
        assertThat(participants("lzz", "lzz-2020-2022")).containsExactlyInAnyOrderElementsOf(second);
        assertThat(lex(graph("lzz-20"), id("cohort/lzz-2020-2022"), rikg("endDate"))).containsExactly("2022");
        assertThat(participants("lzz-20", "lzz-2020-2022")).isSubsetOf(second).isNotEmpty();
        assertThat(participants("sdl2", "lzz-2023-2024")).containsExactlyInAnyOrder("05766", "09174", "12069", "08436", "15090", "06635");
        // The press release's account and the programme's are separate resources in separate graphs.
        assertThat(subjects(lds, rikg("cohortOf"), Node.ANY)).containsExactly(released);
        assertThat(objects(graph("p1"), id("cohort/lzz-pilot"), rikg("participantCount"))).isEmpty();
        // Where they disagree, each account is kept as its source's claim, in the source's German words.
        assertThat(subjects(graph("rbs-pm2020"), rikg("about"), id("cohort/lzz-2020-2021"))).isNotEmpty();
    }

    static Set<String> participants(String graphKey, String cohort) {
        return objects(graph(graphKey), id("cohort/" + cohort), rikg("participant")).stream()
                .map(n -> n.getURI().substring((ID + "district/").length())).collect(Collectors.toSet());
    }

    @Test
    void lawsWithTheirLaenderAndDates() {
        Node bay = id("law/bayintg-2016");
        for (String key : List.of("by1", "by2")) {
            Graph g = graph(key);
            assertThat(objects(g, bay, rikg("appliesIn"))).containsExactly(id("land/09"));
            assertThat(lex(g, bay, p("eli:date_document"))).containsExactly("2016-12-13");
            assertThat(lex(g, bay, p("eli:title_short"))).containsExactly("BayIntG");
            // Sources of 2016 cannot state the court's decision of 2019.
            assertThat(lex(g, bay, rikg("note"))).noneSatisfy(n -> assertThat(n).contains("2019"));
            assertThat(subjects(g, rikg("about"), bay)).isEmpty();
        }
        assertThat(lex(graph("by2"), bay, p("eli:first_date_entry_in_force"))).containsExactly("2017-01-01");
        assertThat(lex(graph("by1"), bay, p("eli:first_date_entry_in_force"))).isEmpty();
        // The court's decision comes from its own source, the promulgation of 2019, in its own words.
        Set<Node> court = subjects(graph("by-verfgh"), rikg("about"), bay);
        assertThat(court).hasSize(1);
        assertThat(lex(graph("by-verfgh"), court.iterator().next(), rikg("statement")))
                .anySatisfy(t -> assertThat(t).contains("Art. 1"));
        assertThat(lex(graph("by-verfgh"), court.iterator().next(), rikg("statement")))
                .anySatisfy(t -> assertThat(t).contains("ist nichtig"));

        // Berlin: the PartMigG replaces the PartIntG; each date is what its source says it is.
        Node partMigG = id("law/berlin-partmigg-2021");
        Node partIntG = id("law/berlin-partintg-2010");
        assertThat(lex(graph("be2"), partMigG, rikg("dateAdopted"))).containsExactly("2021-06-17");
        assertThat(lex(graph("be2"), partMigG, p("eli:date_document"))).isEmpty();
        assertThat(lex(graph("be-partmigg"), partMigG, p("eli:date_document"))).containsExactly("2021-07-05");
        assertThat(objects(graph("be-partmigg"), partMigG, p("dcterms:replaces"))).containsExactly(partIntG);
        assertThat(objects(union, partIntG, p("dcterms:isReplacedBy"))).containsExactly(partMigG);
        assertThat(lex(graph("be-anwbl"), partIntG, p("eli:date_document"))).containsExactly("2010-12-15");
        assertThat(lex(graph("svr17"), partIntG, p("dcterms:date"))).containsExactly("2010");
        // One display label per law.
        for (Node law : subjects(union, p("rdf:type"), rikg("LegalFramework"))) {
            assertThat(objects(union, law, p("rdfs:label"))).as(law.getURI()).hasSize(1);
        }

        // The AsylG: enacted 1982 as the Asylverfahrensgesetz, renamed in 2015.
        Node asylG = id("law/asylg");
        assertThat(lex(graph("asy-1982"), asylG, p("eli:date_document"))).containsExactly("1982-07-16");
        assertThat(subjects(graph("asy"), rikg("about"), asylG)).hasSize(1);
        // Schleswig-Holstein's short title as its source writes it.
        Node sh = id("law/sh-intteilhg-2021");
        assertThat(lex(graph("sh"), sh, p("eli:title_short"))).containsExactly("Int-TeilhG");
        assertThat(lex(graph("sh"), sh, p("eli:date_document"))).containsExactly("2021-06-23");

        Node tintg = id("law/nrw-tintg-2021");
        assertThat(objects(union, tintg, p("dcterms:replaces"))).containsExactly(id("law/nrw-tintg-2012"));
        assertThat(lex(graph("nw1"), tintg, p("eli:first_date_entry_in_force"))).containsExactly("2022-01-01");
        assertThat(lex(graph("nw2"), tintg, p("eli:title_short"))).containsExactly("TIntG");
        assertThat(objects(graph("auf"), id("law/aufenthg"), rikg("appliesIn"))).containsExactly(id("country/DE"));
        assertThat(objects(graph("wk-bb"), id("law/bb-laufng"), rikg("appliesIn"))).containsExactly(id("land/12"));

        Node integration = id("legal-area/integration-and-participation");
        Set<Node> landLaws = subjects(union, rikg("legalArea"), integration);
        assertThat(landLaws).hasSize(7);
        assertThat(landLaws.stream().flatMap(l -> objects(union, l, rikg("appliesIn")).stream()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(id("land/11"), id("land/05"), id("land/08"), id("land/09"), id("land/01"));
        assertThat(subjects(union, rikg("legalArea"), id("legal-area/reception"))).hasSize(8);
        assertThat(subjects(union, rikg("jurisdiction"), id("jurisdiction/federal"))).hasSize(8);
    }

    @Test
    void theAbsenceOfAnIntegrationLawIsAClaimOfSvr2022() {
        Graph svr = graph("svr2022");
        Set<Node> claims = subjects(svr, p("rdf:type"), rikg("Claim"));
        assertThat(claims).hasSize(11);
        assertThat(claims.stream().flatMap(c -> objects(svr, c, rikg("about")).stream()).collect(Collectors.toSet()))
                .contains(id("land/12"), id("land/06"), id("land/15")).doesNotContain(id("land/09"));
    }

    @Test
    void theRetrievedDachauReleaseGivesNoFoundingDateSoTheDataHasNone() {
        // The brief's "early July 2024 (unverified)" was its own inference; the retrieved release states no date.
        Graph dah = graph("dah");
        assertThat(subjects(dah, p("rdf:type"), rikg("Claim"))).isEmpty();
        Node event = id("event/founding-forum-integration-in-laendlichen-raeumen");
        assertThat(union.find(event, iri("http://purl.org/dc/terms/date"), Node.ANY).toList()).isEmpty();
        assertThat(union.find(event, iri("http://www.w3.org/2006/time#hasBeginning"), Node.ANY).toList()).isEmpty();
        // What the release does say, each fact in its graph only: the expert circle with the DLT and the post.
        assertThat(subjects(dah, p("rikg:cooperationForm"), id("cooperation-form/expert-circle"))).hasSize(1);
        assertThat(objects(dah, id("person/julius-fogelstaller"), p("org:holds")))
                .containsExactly(id("post/dachau-integrationsbeauftragter"));
        // LZZ-23 was never retrieved, and nothing else states its Wissensbündnis: neither is in the data.
        assertThat(graphs).doesNotContainKey(G + "lzz-23");
        assertThat(objects(union, id("practice/dachau-lzz-wissensbuendnis"), p("rdf:type"))).isEmpty();
        assertThat(lex(graph("meta"), id("source/dah"), p("dcterms:title"))).containsExactly(
                "Bundesweites „Forum Integration in ländlichen Räumen“ gegründet - Landkreis Dachau ist Gründungsmitglied");
    }

    @Test
    void everyGraphIsDescribedInTheMetaGraph() {
        Graph meta = graph("meta");
        for (String g : graphs.keySet()) {
            Node gr = iri(g);
            assertThat(objects(meta, gr, p("dcterms:source"))).as("source of %s", g).hasSize(1);
            assertThat(objects(meta, gr, iri("http://purl.org/dc/terms/license"))).as("licence of %s", g).isNotEmpty();
            assertThat(objects(meta, gr, iri("http://www.w3.org/ns/prov#wasGeneratedBy"))).as("build of %s", g).hasSize(1);
            assertThat(objects(meta, gr, iri("http://www.w3.org/ns/prov#wasDerivedFrom"))).as("derivation of %s", g).isNotEmpty();
        }
        assertThat(objects(meta, iri(G + "destatis-gv-isys-2018"), iri("http://purl.org/dc/terms/license")))
                .containsExactly(iri(BuildDataset.CC_BY));
        assertThat(objects(meta, iri(G + "wikidata-kreise"), iri("http://purl.org/dc/terms/license")))
                .containsExactly(iri(BuildDataset.CC0));
    }

    @Test
    void stadtkreiseKeepTheirOfficialNameSoEveryDistrictLabelIsUnique() {
        Graph destatis = graph("destatis-gv-isys-2018");
        assertThat(lex(destatis, id("district/08212"), p("skos:prefLabel"))).containsExactly("Karlsruhe, Stadtkreis");
        assertThat(lex(destatis, id("district/08212"), p("rdfs:label"))).containsExactly("Karlsruhe, Stadtkreis");
        assertThat(lex(destatis, id("district/08215"), p("rdfs:label"))).containsExactly("Landkreis Karlsruhe");
        Set<Node> stadtkreise = subjects(destatis, rikg("districtType"), id("district-type/stadtkreis"));
        assertThat(stadtkreise).hasSize(9);
        stadtkreise.forEach(d -> assertThat(lex(destatis, d, p("skos:prefLabel"))).singleElement().asString()
                .endsWith(", Stadtkreis"));
        List<String> labels = destatis.find(Node.ANY, p("rdfs:label"), Node.ANY)
                .filterKeep(t -> t.getSubject().getURI().startsWith(ID + "district/"))
                .mapWith(t -> t.getObject().getLiteralLexicalForm()).toList();
        assertThat(labels).hasSize(401).doesNotHaveDuplicates();
    }

    @Test
    void aClaimIsCheckedOnlyWhereItsQuotationWasFoundInTheSourceItself() {
        Graph meta = graph("meta");
        Node status = rikg("verificationStatus");
        int claims = 0;
        for (Map.Entry<String, Graph> e : graphs.entrySet()) {
            for (Node claim : subjects(e.getValue(), p("rdf:type"), rikg("Claim"))) {
                claims++;
                Node source = objects(meta, iri(e.getKey()), p("dcterms:source")).iterator().next();
                boolean retrieved = !objects(meta, source, rikg("retrievedCopy")).isEmpty()
                        || source.equals(id("source/lds-2024-0189"));
                Set<Node> given = objects(e.getValue(), claim, status);
                assertThat(given).as(claim.getURI()).hasSize(1);
                if (given.contains(id("verification-status/unverified"))) {
                    continue; // the source itself gives it as a conjecture
                }
                assertThat(given).as(claim.getURI() + " in " + e.getKey())
                        .containsExactly(id("verification-status/" + (retrieved ? "checked" : "not-checked")));
            }
        }
        assertThat(claims).isGreaterThan(10);
        assertThat(subjects(union, status, id("verification-status/verified"))).isEmpty();
    }

    @Test
    void theReleaseSaysTheFoundationAndTheUniversitySupportTheProgrammeNoMore() {
        Node lzz = id("programme/land-zuhause-zukunft");
        Graph lds = graph("lds-2024-0189");
        assertThat(objects(lds, lzz, rikg("supporter"))).containsExactlyInAnyOrder(
                id("organization/universitaet-hildesheim"), id("organization/robert-bosch-stiftung"));
        assertThat(objects(lds, lzz, rikg("scientificPartner"))).isEmpty();
    }

    @Test
    void noPublicLiteralMentionsTheBriefsFileName() {
        for (Map.Entry<String, Graph> e : graphs.entrySet()) {
            e.getValue().find().forEach(t -> {
                if (t.getObject().isLiteral()) {
                    assertThat(t.getObject().getLiteralLexicalForm()).as(e.getKey() + " " + t).doesNotContain("DOMAIN.md");
                }
            });
        }
    }

    @Test
    void aSourceThatWasNotRetrievedSaysItIsCitedViaTheBrief() {
        Graph meta = graph("meta");
        Node svr = id("source/svr2022");
        if (objects(meta, svr, rikg("retrievedCopy")).isEmpty()) {
            assertThat(objects(meta, svr, rikg("citedVia"))).containsExactly(id("source/domain-md"));
            assertThat(lex(meta, iri(G + "svr2022"), p("dcterms:title")))
                    .anySatisfy(t -> assertThat(t).contains("nicht abgerufen"))
                    .anySatisfy(t -> assertThat(t).contains("not retrieved"));
        }
        for (Node s : subjects(meta, rikg("retrievedCopy"), Node.ANY)) {
            assertThat(objects(meta, s, rikg("citedVia"))).as(s.getURI()).isEmpty();
            assertThat(objects(meta, s, p("schema:url"))).as(s.getURI()).hasSize(1);
            assertThat(objects(meta, s, rikg("retrievedOn"))).as(s.getURI()).hasSize(1);
        }
    }

    @Test
    void aPracticeFromAGermanSourceKeepsTheSourcesGermanWording() {
        Node paper = id("practice/dahme-spreewald-welcomecenter-grundlagenpapier");
        assertThat(objects(graph("lds-2024-0189"), paper, p("dcterms:description"))).contains(
                org.apache.jena.graph.NodeFactory.createLiteralLang("Für den Landkreis Dahme-Spreewald wurde hier gemeinsam mit der Beauftragten für Migration und "
                        + "Integration das Grundlagenpapier für das WelcomeCenter des Landkreises entwickelt.", "de"));
    }

    /** The graphs of sources (not graph/meta, not the classification): graph IRI → its source, from graph/meta. */
    static Map<String, Node> sourceGraphs() {
        Graph meta = graph("meta");
        Map<String, Node> out = new TreeMap<>();
        for (String g : graphs.keySet()) {
            Set<Node> sources = objects(meta, iri(g), p("dcterms:source"));
            if (!g.equals(G + "meta") && !g.equals(G + BuildDataset.CLASSIFICATION) && sources.size() == 1) {
                out.put(g, sources.iterator().next());
            }
        }
        return out;
    }

    @Test
    void eachSourceGraphHoldsOnlyWhatItsOwnSourceSays() {
        Map<String, Node> sourceGraphs = sourceGraphs();
        assertThat(sourceGraphs).hasSizeGreaterThan(100);
        for (Map.Entry<String, Node> e : sourceGraphs.entrySet()) {
            Set<Node> cited = objects(graphs.get(e.getKey()), Node.ANY, p("dcterms:source"));
            // A graph's resources cite its own source; a graph may describe other sources, but never cite them.
            assertThat(graphs.get(e.getKey()).find(Node.ANY, p("dcterms:source"), Node.ANY)
                    .filterKeep(t -> !t.getSubject().equals(e.getValue())).mapWith(Triple::getObject).toSet())
                    .as("dcterms:source in " + e.getKey()).isSubsetOf(Set.of(e.getValue()));
            assertThat(cited).as(e.getKey()).isNotNull();
        }
    }

    @Test
    void atLeastSixtyPracticesStandOnQuotationsOfRetrievedSources() {
        Graph meta = graph("meta");
        Set<Node> practices = subjects(union, p("rdf:type"), rikg("Practice"));
        assertThat(practices).hasSizeGreaterThanOrEqualTo(60);
        for (Node practice : practices) {
            Set<Node> sources = objects(union, practice, p("dcterms:source"));
            assertThat(sources).as(practice.getURI()).isNotEmpty();
            assertThat(sources).as(practice.getURI() + ": a retrieved source (or the press release)")
                    .anySatisfy(s -> assertThat(!objects(meta, s, rikg("retrievedCopy")).isEmpty()
                            || s.equals(id("source/lds-2024-0189"))).isTrue());
            assertThat(objects(union, practice, p("dcterms:description"))).as(practice.getURI() + " in German")
                    .anySatisfy(d -> assertThat(d.getLiteralLanguage()).isEqualTo("de"));
            assertThat(objects(union, practice, p("rdfs:label"))).as(practice.getURI() + " German label")
                    .filteredOn(l -> l.getLiteralLanguage().equals("de")).hasSize(1);
        }
        // Practices of the founders and of the programme's cohorts alike.
        Set<Node> districts = practices.stream().flatMap(pr -> objects(union, pr, rikg("district")).stream())
                .collect(Collectors.toSet());
        assertThat(districts).hasSizeGreaterThanOrEqualTo(20);
        for (String founder : FOUNDERS.keySet()) {
            assertThat(districts).as("a practice of founder " + founder).contains(id("district/" + founder));
        }
    }

    @Test
    void everyFunderAndPartnerIsAnOrganisationWithAGermanName() {
        for (String property : List.of("rikg:fundedBy", "rikg:practicePartner", "rikg:funder")) {
            Set<Node> orgs = union.find(Node.ANY, p(property), Node.ANY).mapWith(Triple::getObject).toSet();
            assertThat(orgs).as(property).isNotEmpty();
            for (Node org : orgs) {
                assertThat(objects(union, org, p("rdfs:label"))).as(property + " " + org)
                        .anySatisfy(l -> assertThat(l.getLiteralLanguage()).isEqualTo("de"));
            }
        }
    }

    @Test
    void landProgrammesOperateInTheirLandUnderItsLaw() {
        Set<Node> landProgrammes = subjects(union, rikg("operatesIn"), Node.ANY);
        assertThat(landProgrammes).hasSizeGreaterThanOrEqualTo(8);
        Node ki = id("programme/kommunale-integrationszentren");
        assertThat(objects(union, ki, rikg("operatesIn"))).containsExactly(id("land/05"));
        Set<Node> bases = objects(union, ki, rikg("legalBasis"));
        assertThat(bases).isNotEmpty();
        for (Node law : bases) {
            assertThat(objects(union, law, rikg("appliesIn"))).as(law.getURI()).containsExactly(id("land/05"));
        }
        // Practices of those programmes, in districts of that Land.
        Set<Node> kiPractices = subjects(union, rikg("programme"), ki);
        assertThat(kiPractices).isNotEmpty();
        for (Node practice : kiPractices) {
            for (Node district : objects(union, practice, rikg("district"))) {
                assertThat(objects(union, district, rikg("inLand"))).as(practice.getURI()).containsExactly(id("land/05"));
            }
        }
    }

    @Test
    void noDescriptionOrClaimIsInEnglishOnly() {
        // Sources are German: a description or a claim in English translates the source's German wording, kept too.
        // (graph/meta is RIKG's own description of graphs and files, not a source's statement.)
        Graph facts = GraphFactory.createDefaultGraph();
        sourceGraphs().keySet().forEach(g -> graphs.get(g).find().forEach(facts::add));
        for (String property : List.of("dcterms:description", "rikg:statement")) {
            Set<Node> subjects = facts.find(Node.ANY, p(property), Node.ANY).mapWith(Triple::getSubject).toSet();
            assertThat(subjects).as(property).isNotEmpty();
            for (Node subject : subjects) {
                if (subject.getURI().startsWith(ID + "source/") || subject.getURI().startsWith(ID + "scheme/")) {
                    continue; // descriptions of sources and schemes are RIKG's own, in both languages
                }
                assertThat(objects(facts, subject, p(property))).as(property + " of " + subject.getURI())
                        .anySatisfy(o -> assertThat(o.getLiteralLanguage()).isEqualTo("de"));
            }
        }
        Node brandenburg = id("claim/no-integration-law-12-2022-11");
        assertThat(lex(graph("svr2022"), brandenburg, rikg("statement")))
                .anySatisfy(t -> assertThat(t).contains("Seit 2010 haben insgesamt fünf Bundesländer"));
    }

    @Test
    void theMazLabelNamesTheDistrictsOfficeNotTheLandsAuthority() {
        Node office = id("practice/dahme-spreewald-central-foreigners-office-skilled-workers");
        assertThat(lex(union, office, p("rdfs:label"))).contains("Zentrale Ausländerbehörde im Landkreis Dahme-Spreewald");
        // No two resources share a German label: a label names one thing.
        Map<String, Set<Node>> byLabel = new TreeMap<>();
        union.find(Node.ANY, p("rdfs:label"), Node.ANY).forEach(t -> {
            if ("de".equals(t.getObject().getLiteralLanguage()) && t.getSubject().getURI().startsWith(ID + "practice/")) {
                byLabel.computeIfAbsent(t.getObject().getLiteralLexicalForm(), k -> new TreeSet<>(java.util.Comparator
                        .comparing(Node::getURI))).add(t.getSubject());
            }
        });
        assertThat(byLabel.get("Zentrale Ausländerbehörde im Landkreis Dahme-Spreewald")).containsExactly(office);
    }

    @Test
    void practiceNamesReadAsNames() {
        // A German name starts with a capital letter and is not wrapped in quotation marks (names taken from the middle
        // of a sentence keep neither the lower case nor the quotes).
        for (Node practice : subjects(union, p("rdf:type"), rikg("Practice"))) {
            for (Node label : objects(union, practice, p("rdfs:label"))) {
                if ("de".equals(label.getLiteralLanguage())) {
                    String name = label.getLiteralLexicalForm();
                    assertThat(Character.isUpperCase(name.codePointAt(0)) || Character.isDigit(name.codePointAt(0)))
                            .as(practice.getURI() + ": " + name).isTrue();
                    assertThat(name.startsWith("„") && name.endsWith("“")).as(practice.getURI() + ": " + name).isFalse();
                }
            }
        }
        // A date the law bears is not its entry into force: the PartMigG was promulgated only on 2021-07-15.
        assertThat(lex(union, id("law/berlin-partmigg-2021"), p("eli:first_date_entry_in_force"))).isEmpty();
    }
}
