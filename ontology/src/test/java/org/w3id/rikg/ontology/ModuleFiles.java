package org.w3id.rikg.ontology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;

/** The files of the ontology module as the tests see them (Surefire runs in the module directory). */
final class ModuleFiles {

    static final Path MODULE = Path.of("").toAbsolutePath();
    static final Path ONTOLOGY = MODULE.resolve("rikg.ttl");
    static final Path SCHEMES = MODULE.resolve("schemes/schemes.ttl");
    static final Path SHAPES = MODULE.resolve("shapes/shapes.ttl");
    static final Path SHAPES_RECOMMENDED = MODULE.resolve("shapes/shapes-recommended.ttl");
    static final Path QUERIES = MODULE.resolve("queries");
    static final Path QUALITY = MODULE.resolve("quality");
    static final Path TEST_RESOURCES = MODULE.resolve("src/test/resources");

    private ModuleFiles() {
    }

    static Model load(Path... files) {
        Model model = ModelFactory.createDefaultModel();
        for (Path file : files) {
            RDFDataMgr.read(model, file.toString());
        }
        return model;
    }

    static Model ontologyAndSchemes() {
        return load(ONTOLOGY, SCHEMES);
    }

    static Path testResource(String relative) {
        return TEST_RESOURCES.resolve(relative);
    }

    /** Files under a directory of the module whose names end with the suffix, sorted. */
    static List<Path> files(Path dir, String suffix) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(suffix))
                    .filter(p -> !MODULE.relativize(p).startsWith("target"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String name(Path file) {
        return MODULE.relativize(file).toString();
    }
}
