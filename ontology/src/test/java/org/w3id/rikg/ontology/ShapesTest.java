package org.w3id.rikg.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The SHACL shapes, driven by fixtures: every conforming fixture passes, every failing fixture produces
 * exactly the results its manifest line expects, every shape is exercised by some failing fixture, and the
 * shapes use SHACL Core only.
 *
 * <p>Fixtures live in {@code src/test/resources/shapes/}: {@code valid/<case>.ttl},
 * {@code invalid/<case>.ttl}, and {@code manifest.tsv} with one line per expected result
 * ({@code case, focus node, source shape, constraint component}). Each fixture is validated together with
 * {@code rikg.ttl}, {@code schemes.ttl} and {@code context.ttl} (the resources fixtures point to),
 * against both shape files.
 */
class ShapesTest {

    static final String SH = SHACL.getURI();
    static final String RIKGSH = "https://w3id.org/rikg/shapes/";
    static final Path FIXTURES = ModuleFiles.testResource("shapes");

    /** The SHACL Core vocabulary (SHACL spec, sections 2 to 4 and the validation report); nothing SPARQL-based. */
    static final Set<String> SHACL_CORE = Set.of(
            // shapes and targets
            "Shape", "NodeShape", "PropertyShape", "targetClass", "targetNode", "targetObjectsOf", "targetSubjectsOf",
            "severity", "Info", "Warning", "Violation", "message", "deactivated",
            // property paths
            "path", "inversePath", "alternativePath", "zeroOrMorePath", "oneOrMorePath", "zeroOrOnePath",
            // constraint components
            "class", "datatype", "nodeKind", "BlankNode", "IRI", "Literal", "BlankNodeOrIRI", "BlankNodeOrLiteral",
            "IRIOrLiteral", "minCount", "maxCount", "minExclusive", "minInclusive", "maxExclusive", "maxInclusive",
            "minLength", "maxLength", "pattern", "flags", "languageIn", "uniqueLang", "equals", "disjoint", "lessThan",
            "lessThanOrEquals", "not", "and", "or", "xone", "node", "property", "qualifiedValueShape",
            "qualifiedMinCount", "qualifiedMaxCount", "qualifiedValueShapesDisjoint", "closed", "ignoredProperties",
            "hasValue", "in",
            // non-validating property shape characteristics
            "name", "description", "order", "group", "PropertyGroup", "defaultValue");

    private static Model shapesModel;
    private static Model recommendedModel;
    private static Shapes shapes;
    private static Map<String, List<String>> manifest;

    @BeforeAll
    static void load() {
        shapesModel = ModuleFiles.load(ModuleFiles.SHAPES);
        recommendedModel = ModuleFiles.load(ModuleFiles.SHAPES_RECOMMENDED);
        shapes = Shapes.parse(shapesModel.union(recommendedModel).getGraph());
        manifest = new LinkedHashMap<>();
        for (String line : ModuleFiles.read(FIXTURES.resolve("manifest.tsv")).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            manifest.computeIfAbsent(f[0], k -> new ArrayList<>())
                    .add(expand(f[1]) + " | " + expand(f[2]) + " | " + expand(f[3]));
        }
    }

    static List<Path> validFixtures() {
        return ModuleFiles.files(FIXTURES.resolve("valid"), ".ttl");
    }

    static Stream<Arguments> invalidFixtures() {
        return ModuleFiles.files(FIXTURES.resolve("invalid"), ".ttl").stream()
                .map(p -> Arguments.of(caseName(p), p));
    }

    @Test
    void theVocabularyAndTheFixtureContextConform() {
        assertThat(results(null)).isEmpty();
    }

    @ParameterizedTest(name = "valid/{0}")
    @MethodSource("validFixtures")
    void conformingFixturePasses(Path fixture) {
        assertThat(results(fixture)).as(ModuleFiles.name(fixture)).isEmpty();
    }

    @ParameterizedTest(name = "invalid/{0}")
    @MethodSource("invalidFixtures")
    void failingFixtureFiresExactlyTheExpectedShapes(String name, Path fixture) {
        assertThat(manifest).as("manifest.tsv has a line for " + name).containsKey(name);
        assertThat(results(fixture)).as(ModuleFiles.name(fixture))
                .containsExactlyInAnyOrderElementsOf(new TreeSet<>(manifest.get(name)));
    }

    @Test
    void manifestNamesOnlyExistingFixtures() {
        Set<String> files = new TreeSet<>();
        invalidFixtures().forEach(a -> files.add((String) a.get()[0]));
        assertThat(manifest.keySet()).containsExactlyInAnyOrderElementsOf(files);
    }

    /**
     * Every named shape is exercised: a property shape or targeted node shape appears as the source of an
     * expected result; a helper node shape (no target) is referenced by a shape whose sh:node or
     * sh:qualifiedValueShape constraint an expected result names.
     */
    @Test
    void everyShapeIsExercisedByAFailingFixture() {
        Model all = shapesModel.union(recommendedModel);
        Set<String> sources = new TreeSet<>();
        Set<String> viaComponent = new TreeSet<>();
        manifest.values().stream().flatMap(List::stream).forEach(line -> {
            String[] f = line.split(" \\| ");
            sources.add(f[1]);
            viaComponent.add(f[1] + " " + f[2]);
        });
        List<String> untested = new ArrayList<>();
        for (Resource shape : namedShapes(all)) {
            String iri = shape.getURI();
            boolean targeted = shape.hasProperty(targetClass());
            boolean exercised;
            if (shape.hasProperty(RDF.type, all.getResource(SH + "PropertyShape"))) {
                exercised = sources.contains(iri);
            } else if (targeted) {
                exercised = sources.contains(iri) || shape.listProperties(all.getProperty(SH + "property")).toList()
                        .stream().anyMatch(s -> sources.contains(s.getResource().getURI()));
            } else {
                exercised = referencedBy(all, shape, "node", "NodeConstraintComponent", viaComponent)
                        || referencedBy(all, shape, "qualifiedValueShape", "QualifiedMinCountConstraintComponent", viaComponent);
            }
            if (!exercised) {
                untested.add(iri);
            }
        }
        assertThat(untested).as("shapes that no failing fixture exercises").isEmpty();
    }

    @Test
    void propertyShapesOfTargetedShapesAreNamedAfterTheirNodeShape() {
        Model all = shapesModel.union(recommendedModel);
        for (Statement s : all.listStatements(null, all.getProperty(SH + "property"), (RDFNode) null).toList()) {
            if (!s.getSubject().hasProperty(targetClass())) {
                continue;
            }
            assertThat(s.getObject().isURIResource()).as("property shape of " + s.getSubject() + " is named").isTrue();
            assertThat(s.getResource().getURI()).startsWith(s.getSubject().getURI() + "-");
        }
    }

    /** Each shape file is loaded into a graph of its own, so a shape may only refer to shapes of its own file. */
    @Test
    void eachShapeFileIsSelfContained() {
        for (Model model : List.of(shapesModel, recommendedModel)) {
            for (String via : List.of("node", "property", "qualifiedValueShape")) {
                for (Statement s : model.listStatements(null, model.getProperty(SH + via), (RDFNode) null).toList()) {
                    if (!s.getObject().isURIResource()) {
                        continue; // an inline shape, defined where it is used
                    }
                    assertThat(model.contains(s.getResource(), RDF.type))
                            .as(s.getResource() + " referenced by sh:" + via + " is defined in the same file").isTrue();
                }
            }
        }
    }

    @Test
    void shapesUseShaclCoreOnly() {
        for (Model model : List.of(shapesModel, recommendedModel)) {
            Set<String> used = new TreeSet<>();
            for (Statement s : model.listStatements().toList()) {
                for (RDFNode n : List.of(s.getSubject(), s.getPredicate(), s.getObject())) {
                    if (n.isURIResource() && n.asResource().getURI().startsWith(SH)) {
                        used.add(n.asResource().getURI().substring(SH.length()));
                    }
                }
            }
            assertThat(used).isNotEmpty();
            assertThat(SHACL_CORE).containsAll(used);
        }
    }

    @Test
    void recommendedShapesAreWarningsAndRequiredShapesViolations() {
        for (Resource shape : namedShapes(recommendedModel)) {
            assertThat(shape.getPropertyResourceValue(recommendedModel.getProperty(SH + "severity")))
                    .as(shape.getURI()).isEqualTo(recommendedModel.getResource(SH + "Warning"));
            assertThat(shape.getLocalName()).contains("Recommended");
        }
        for (Resource shape : namedShapes(shapesModel)) {
            Resource severity = shape.getPropertyResourceValue(shapesModel.getProperty(SH + "severity"));
            assertThat(severity == null || severity.getURI().equals(SH + "Violation")).as(shape.getURI()).isTrue();
            assertThat(shape.getURI()).doesNotContain("Recommended");
        }
    }

    // ----------------------------------------------------------------------------------------------

    /** The report entries as "focus | source shape | constraint component", sorted. */
    private static Set<String> results(Path fixture) {
        Model data = fixture == null
                ? ModuleFiles.load(ModuleFiles.ONTOLOGY, ModuleFiles.SCHEMES, FIXTURES.resolve("context.ttl"))
                : ModuleFiles.load(ModuleFiles.ONTOLOGY, ModuleFiles.SCHEMES, FIXTURES.resolve("context.ttl"), fixture);
        ValidationReport report = ShaclValidator.get().validate(shapes, data.getGraph());
        Set<String> results = new TreeSet<>();
        for (ReportEntry e : report.getEntries()) {
            results.add(str(e.focusNode()) + " | " + str(e.source()) + " | " + str(e.sourceConstraintComponent()));
        }
        return results;
    }

    private static List<Resource> namedShapes(Model model) {
        Set<Resource> shapes = new HashSet<>();
        shapes.addAll(model.listSubjectsWithProperty(RDF.type, model.getResource(SH + "NodeShape")).toList());
        shapes.addAll(model.listSubjectsWithProperty(RDF.type, model.getResource(SH + "PropertyShape")).toList());
        return shapes.stream().filter(Resource::isURIResource)
                .sorted(Comparator.comparing(Resource::getURI)).toList();
    }

    private static boolean referencedBy(Model all, Resource helper, String via, String component, Set<String> viaComponent) {
        return all.listSubjectsWithProperty(all.getProperty(SH + via), helper).toList().stream()
                .filter(Resource::isURIResource)
                .anyMatch(p -> viaComponent.contains(p.getURI() + " " + SH + component));
    }

    private static Property targetClass() {
        return ResourceFactory.createProperty(SH + "targetClass");
    }

    private static String str(Node n) {
        return n == null ? "-" : n.isURI() ? n.getURI() : n.toString();
    }

    private static String caseName(Path p) {
        String f = p.getFileName().toString();
        return f.substring(0, f.length() - ".ttl".length());
    }

    /** Expands the manifest's compact names: rikgsh:, sh:, &lt;IRI&gt;, or {kind}:{key} for a RIKG resource. */
    static String expand(String curie) {
        if (curie.startsWith("<") && curie.endsWith(">")) {
            return curie.substring(1, curie.length() - 1);
        }
        int colon = curie.indexOf(':');
        String prefix = curie.substring(0, colon);
        String local = curie.substring(colon + 1);
        return switch (prefix) {
            case "rikgsh" -> RIKGSH + local;
            case "sh" -> SH + local;
            default -> "https://w3id.org/rikg/id/" + prefix + "/" + local;
        };
    }
}
