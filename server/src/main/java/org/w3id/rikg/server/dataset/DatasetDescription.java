package org.w3id.rikg.server.dataset;

import org.w3id.rikg.server.web.ServiceUrls;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.springframework.stereotype.Service;
import org.w3id.rikg.server.dataset.DatasetStatistics.ClassPartition;
import org.w3id.rikg.server.dataset.DatasetStatistics.GraphSize;
import org.w3id.rikg.server.web.LinkedDataProperties;
import org.w3id.rikg.server.web.Namespaces;
import org.w3id.rikg.server.store.StoreVersion;
import org.w3id.rikg.server.store.StoredQuery;
import org.w3id.rikg.server.store.GraphStore;

/**
 * The VoID and DCAT description of the dataset (DCAT-AP.de compatible), served at
 * {@code /.well-known/void}.
 *
 * <p>The dataset is {@code {base}dataset} (by default https://w3id.org/rikg/dataset); its distributions
 * and data service are hash IRIs of it ({@code #dump-nquads}, {@code #dump-trig}, {@code #sparql},
 * {@code #sparql-service}), the publisher {@code #publisher}. Each named graph (source) is a
 * {@code void:subset} and {@code dcat:Dataset} named by its graph IRI, carrying what the metadata graph
 * says about it. The fixed text is the CONSTRUCT template {@code sparql/dataset/description.rq}; the
 * statistics are counted by {@link DatasetStatistics}, so they are true for the data served. On the
 * embedded store, which only the bundle loader writes, the counted part is kept until the load records'
 * store's version changes.
 *
 * <pre>{@code
 * Graph voidGraph = description.describe(ServiceUrls.of(request));
 * }</pre>
 */
@Service
public class DatasetDescription {

    /** The path of the dataset IRI under the base URI. */
    public static final String DATASET_PATH = "dataset";

    private static final StoredQuery FIXED_PART = StoredQuery.load("dataset/description.rq");

    private final DatasetStatistics statistics;
    private final GraphStore store;
    private final LinkedDataProperties linkedData;
    private final DatasetProperties properties;
    private final AtomicReference<Counted> counted = new AtomicReference<>();

    /** The part of the description counted in the store, for the data of this store version. */
    private record Counted(String fingerprint, Graph graph) {
    }

    public DatasetDescription(DatasetStatistics statistics, GraphStore store, LinkedDataProperties linkedData,
                              DatasetProperties properties) {
        this.statistics = statistics;
        this.store = store;
        this.linkedData = linkedData;
        this.properties = properties;
    }

    /** The dataset IRI, {@code {base}dataset}. */
    public String datasetIri() {
        return linkedData.baseUri() + DATASET_PATH;
    }

    public Graph describe(ServiceUrls urls) {
        String base = linkedData.baseUri();
        Node dataset = uri(datasetIri());
        Graph graph = GraphFactory.createDefaultGraph();
        graph.getPrefixMapping().setNsPrefixes(Namespaces.prefixMap(base).getMapping());

        FIXED_PART
                .bind("dataset", dataset)
                .bind("catalog", uri(datasetIri() + "#catalog"))
                .bind("nquads", uri(datasetIri() + "#dump-nquads"))
                .bind("trig", uri(datasetIri() + "#dump-trig"))
                .bind("sparqlDistribution", uri(datasetIri() + "#sparql"))
                .bind("service", uri(datasetIri() + "#sparql-service"))
                .bind("publisher", uri(datasetIri() + "#publisher"))
                .bind("publisherName", NodeFactory.createLiteralString(properties.publisherName()))
                .bind("landingPage", uri(base))
                .bind("uriSpace", NodeFactory.createLiteralString(base))
                .bind("endpoint", uri(urls.sparql()))
                .bind("nquadsUrl", uri(urls.dump(DumpFormat.NQUADS.fileName())))
                .bind("trigUrl", uri(urls.dump(DumpFormat.TRIG.fileName())))
                .construct(store)
                .find().forEachRemaining(graph::add);

        counted(dataset).find().forEachRemaining(graph::add);
        return graph;
    }

    private Graph counted(Node dataset) {
        StoreVersion records = store.version();
        Counted cached = counted.get();
        if (cached != null && cached.fingerprint().equals(records.tag())) {
            return cached.graph();
        }
        String base = linkedData.baseUri();
        Graph graph = GraphFactory.createDefaultGraph();
        graph.add(dataset, VOID.triples.asNode(), integer(statistics.triples()));
        graph.add(dataset, VOID.entities.asNode(), integer(statistics.entities(base)));
        java.util.Optional.of(records.modified()).ifPresent(at -> graph.add(dataset, DCTerms.modified.asNode(),
                NodeFactory.createLiteralDT(at.toString(), XSDDatatype.XSDdateTime)));
        for (String vocabulary : statistics.vocabularies()) {
            graph.add(dataset, VOID.vocabulary.asNode(), uri(vocabulary));
        }
        for (ClassPartition partition : statistics.classPartitions()) {
            Node node = NodeFactory.createBlankNode();
            graph.add(dataset, VOID.classPartition.asNode(), node);
            graph.add(node, VOID._class.asNode(), uri(partition.classIri()));
            graph.add(node, VOID.entities.asNode(), integer(partition.entities()));
        }
        List<GraphSize> subsets = statistics.graphSizes();
        for (GraphSize subset : subsets) {
            Node node = uri(subset.graph());
            graph.add(dataset, VOID.subset.asNode(), node);
            graph.add(node, RDF.type.asNode(), VOID.Dataset.asNode());
            graph.add(node, RDF.type.asNode(), DCAT.Dataset.asNode());
            graph.add(node, VOID.triples.asNode(), integer(subset.triples()));
        }
        statistics.graphMetadata().find().forEachRemaining(graph::add);
        counted.set(new Counted(records.tag(), graph));
        return graph;
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node integer(long value) {
        return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger);
    }
}
