package org.w3id.rikg.server.web;

import org.springframework.core.Ordered;

/**
 * The order of the servlet filters, in one table, from first to last. Features register their filters
 * with these constants, so that no feature has to know another's filter to place its own.
 */
public final class FilterOrder {

    /** Security headers and TRACE refusal, before anything can answer. */
    public static final int SECURITY_HEADERS = Ordered.HIGHEST_PRECEDENCE;
    /** CORS, so that preflights and errors carry the CORS headers. */
    public static final int CORS = Ordered.HIGHEST_PRECEDENCE + 10;
    /** Limits on what a request to /sparql may send. */
    public static final int SPARQL_REQUEST_LIMITS = Ordered.LOWEST_PRECEDENCE - 30;
    /** The SPARQL service description (GET /sparql without a query). */
    public static final int SERVICE_DESCRIPTION = Ordered.LOWEST_PRECEDENCE - 20;
    /** Fuseki's dispatcher for /sparql and /data. */
    public static final int FUSEKI = Ordered.LOWEST_PRECEDENCE - 10;

    private FilterOrder() {
    }
}
