package org.w3id.rikg.server.sparql.guard;

/** A query that the public endpoint will not run, with the reason in words a person understands. */
public class QueryRefusedException extends RuntimeException {
    public QueryRefusedException(String message) {
        super(message);
    }
}
