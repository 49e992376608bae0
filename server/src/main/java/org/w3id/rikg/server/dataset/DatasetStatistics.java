package org.w3id.rikg.server.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.springframework.stereotype.Service;
import org.w3id.rikg.server.store.StoredQuery;
import org.w3id.rikg.server.store.BundleLoader;
import org.w3id.rikg.server.store.GraphStore;
import org.w3id.rikg.vocab.RIKGID;

/**
 * Counts in the store what the dataset and service descriptions state about it: its named graphs and
 * their sizes, distinct triples, entities, entities per class, vocabularies, and what the metadata graph
 * says about each graph. Counted at request time (over SPARQL, so it works on any store), so the
 * published statistics are always true. "The dataset" is every named graph except the internal
 * load-record graph ({@link BundleLoader#LOAD_GRAPH}).
 */
@Service
public class DatasetStatistics {

    /** The named graph that describes every other graph (title, licence, source). */
    public static final String META_GRAPH = RIKGID.META_GRAPH;

    private static final Node LOAD = NodeFactory.createURI(BundleLoader.LOAD_GRAPH);

    private static final StoredQuery GRAPH_SIZES = StoredQuery.load("dataset/graph-sizes.rq");
    private static final StoredQuery TRIPLES = StoredQuery.load("dataset/triples.rq");
    private static final StoredQuery ENTITIES = StoredQuery.load("dataset/entities.rq");
    private static final StoredQuery CLASS_PARTITIONS = StoredQuery.load("dataset/class-partitions.rq");
    private static final StoredQuery VOCABULARIES = StoredQuery.load("dataset/vocabularies.rq");
    private static final StoredQuery GRAPH_METADATA = StoredQuery.load("dataset/graph-metadata.rq");

    /** A named graph and its number of triples. */
    public record GraphSize(String graph, long triples) {
        public boolean isLoadRecords() {
            return graph.equals(BundleLoader.LOAD_GRAPH);
        }
    }

    /** A class and the number of distinct resources typed with it. */
    public record ClassPartition(String classIri, long entities) {
    }

    private final GraphStore store;

    public DatasetStatistics(GraphStore store) {
        this.store = store;
    }

    /** Every named graph of the store, the load-record graph included, sorted by IRI. */
    public List<GraphSize> graphSizes() {
        return list(GRAPH_SIZES, row -> new GraphSize(row.get("graph").getURI(), count(row, "triples")));
    }

    /** Distinct triples in the union of the dataset's graphs. */
    public long triples() {
        return single(TRIPLES.bind("excluded", LOAD), "triples");
    }

    /** Distinct subjects whose IRI starts with {@code uriSpace}. */
    public long entities(String uriSpace) {
        return single(ENTITIES.bind("excluded", LOAD).bind("uriSpace", NodeFactory.createLiteralString(uriSpace)),
                "entities");
    }

    public List<ClassPartition> classPartitions() {
        return list(CLASS_PARTITIONS.bind("excluded", LOAD),
                row -> new ClassPartition(row.get("class").getURI(), count(row, "entities")));
    }

    /** Namespace IRIs of the properties and classes used. */
    public List<String> vocabularies() {
        return list(VOCABULARIES.bind("excluded", LOAD), row -> row.get("vocabulary").getURI());
    }

    /** Title, licence, source… of each graph, as stated in the metadata graph. */
    public Graph graphMetadata() {
        return GRAPH_METADATA.bind("meta", NodeFactory.createURI(META_GRAPH)).construct(store);
    }


    private <T> List<T> list(StoredQuery query, Function<Binding, T> mapper) {
        return query.select(store, (RowSet rows) -> {
            List<T> result = new ArrayList<>();
            rows.forEachRemaining(row -> result.add(mapper.apply(row)));
            return result;
        });
    }

    private long single(StoredQuery query, String variable) {
        List<Long> values = list(query, row -> count(row, variable));
        return values.isEmpty() ? 0 : values.get(0);
    }

    private static long count(Binding row, String variable) {
        Node node = row.get(variable);
        return node == null ? 0 : Long.parseLong(node.getLiteralLexicalForm());
    }
}
