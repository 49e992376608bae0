package org.w3id.rikg.server.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The header of a query file: grlc-style {@code #+} decorators, YAML inside SPARQL comments, so the file
 * stays valid SPARQL. The query catalogue, and the REST facade and OpenAPI description generated from it,
 * read these.
 *
 * <pre>
 * #+ summary: Whether a resource is described in the store.
 * #+ summary_de: Ob eine Ressource im Speicher beschrieben ist.
 * #+ tags:
 * #+   - linkeddata
 * #+ params:
 * #+   - name: resource
 * #+     type: iri
 * #+     description: the resource
 * #+   - name: limit
 * #+     type: integer
 * #+     default: 200
 * </pre>
 *
 * @param summary    one sentence, English
 * @param summaryDe  the same in German (optional)
 * @param tags       the groups the query belongs to
 * @param parameters the variables a caller binds, with type and default
 */
public record QueryHeader(String summary, String summaryDe, List<String> tags, List<Parameter> parameters) {

    /** The types a parameter can have, as in grlc and OpenAPI. */
    public enum Type { iri, string, literal, integer, decimal, date, langTag }

    /** A parameter: a variable of the query that callers bind. */
    public record Parameter(String name, Type type, String description, String defaultValue, boolean required) {
    }

    public static QueryHeader parse(String path, String text) {
        StringBuilder yaml = new StringBuilder();
        for (String line : text.split("\n")) {
            if (line.startsWith("#+")) {
                yaml.append(line.length() > 2 && line.charAt(2) == ' ' ? line.substring(3) : line.substring(2)).append('\n');
            }
        }
        if (yaml.isEmpty()) {
            throw new IllegalStateException("Query " + path + " has no #+ header (summary, params)");
        }
        Object loaded;
        try {
            loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml.toString());
        } catch (RuntimeException e) {
            throw new IllegalStateException("The #+ header of " + path + " is not valid YAML: " + e.getMessage(), e);
        }
        if (!(loaded instanceof Map<?, ?> map) || !(map.get("summary") instanceof String summary) || summary.isBlank()) {
            throw new IllegalStateException("The #+ header of " + path + " has no summary");
        }
        List<String> tags = new ArrayList<>();
        if (map.get("tags") instanceof List<?> list) {
            list.forEach(t -> tags.add(String.valueOf(t)));
        }
        List<Parameter> parameters = new ArrayList<>();
        if (map.get("params") instanceof List<?> list) {
            for (Object item : list) {
                if (!(item instanceof Map<?, ?> p) || !(p.get("name") instanceof String name)) {
                    throw new IllegalStateException("A parameter in the header of " + path + " has no name");
                }
                Type type;
                try {
                    Object declared = p.get("type");
                    type = Type.valueOf(declared == null ? "string" : String.valueOf(declared));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException("Parameter " + name + " of " + path + " has an unknown type "
                            + p.get("type"), e);
                }
                Object def = p.get("default");
                boolean required = p.get("required") instanceof Boolean b ? b : def == null;
                parameters.add(new Parameter(name, type, p.get("description") == null ? "" : String.valueOf(p.get("description")),
                        def == null ? null : String.valueOf(def), required));
            }
        } else if (map.containsKey("params")) {
            throw new IllegalStateException("The params of " + path + " are not a list");
        }
        Object de = map.get("summary_de");
        return new QueryHeader(summary.strip(), de == null ? null : String.valueOf(de).strip(), List.copyOf(tags),
                List.copyOf(parameters));
    }

    public Optional<Parameter> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public List<String> parameterNames() {
        return parameters.stream().map(Parameter::name).toList();
    }
}
