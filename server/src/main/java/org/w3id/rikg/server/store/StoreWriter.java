package org.w3id.rikg.server.store;

import java.io.InputStream;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;

/**
 * The changes one write transaction makes to the store ({@link GraphStore#write}). Everything done through
 * one writer commits together or not at all: an exception thrown inside the write (a file that does not
 * parse) leaves the store as it was.
 */
public interface StoreWriter {

    /** Replaces the content of the named graph with the Turtle read from {@code turtle}; returns its size. */
    long replaceGraph(String graphIri, InputStream turtle, String description);

    /** Removes the named graph and its content. */
    void dropGraph(String graphIri);

    void add(Quad quad);

    /** Removes every quad that matches; {@link Node#ANY} matches anything. */
    void deleteAny(Node graph, Node subject, Node predicate, Node object);

    boolean contains(Node graph, Node subject, Node predicate, Node object);
}
