package org.w3id.rikg.server.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import org.w3id.rikg.server.support.RunningServer.FixtureBundle;

/** A tiny ontology, two sources and a metadata graph, served by the real application. */
public final class LinkedDataFixture {

    public static final String DISTRICT = "https://w3id.org/rikg/id/district/12061";
    public static final String DESTATIS = "https://w3id.org/rikg/graph/destatis-gv-isys-2018";
    public static final String PRESS = "https://w3id.org/rikg/graph/lds-2024-0189";

    private LinkedDataFixture() {
    }

    public static RunningServer start(Path tmp) throws IOException {
        return start(tmp, Map.of());
    }

    /** The fixture with extra properties. */
    public static RunningServer start(Path tmp, Map<String, Object> more) throws IOException {
        FixtureBundle bundle = new FixtureBundle(tmp.resolve("bundle"))
                .graph("https://w3id.org/rikg/graph/ontology", "ontology.ttl", read("ontology.ttl"))
                .graph(DESTATIS, "destatis.ttl", read("destatis.ttl"))
                .graph(PRESS, "press-release.ttl", read("press-release.ttl"))
                .graph("https://w3id.org/rikg/graph/meta", "meta.ttl", read("meta.ttl"));
        Map<String, Object> properties = new java.util.LinkedHashMap<>(more);
        properties.put("rikg.store.manifests", bundle.pattern());
        return RunningServer.start(tmp.resolve("store"), properties);
    }

    public static String read(String name) throws IOException {
        try (InputStream in = LinkedDataFixture.class.getResourceAsStream("/linkeddata/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
