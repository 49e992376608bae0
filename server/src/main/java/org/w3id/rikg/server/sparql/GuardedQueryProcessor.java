package org.w3id.rikg.server.sparql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.riot.web.HttpNames;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.w3id.rikg.server.sparql.guard.Admission;
import org.w3id.rikg.server.sparql.guard.FatalErrors;
import org.w3id.rikg.server.sparql.guard.GuardedRegex;
import org.w3id.rikg.server.sparql.guard.MemoryGuard;
import org.w3id.rikg.server.sparql.guard.QueryPolicy;
import org.w3id.rikg.server.sparql.guard.QueryRefusedException;
import org.w3id.rikg.server.sparql.guard.RunningQuery;

/**
 * Fuseki's SPARQL query handler with the guards a public, anonymous endpoint needs.
 *
 * <ul>
 *   <li>the query is checked before it runs ({@link QueryPolicy}: no SERVICE beyond the allow-list, no
 *       {@code java:} classes): 400 with the reason;</li>
 *   <li>a request with {@code update=} is refused (400): the endpoint is read only;</li>
 *   <li>admission control ({@link Admission}): 429 when the client already runs its share, 503 when the
 *       server is full, both with {@code Retry-After};</li>
 *   <li>regular expressions end with the query ({@link GuardedRegex});</li>
 *   <li>the answer is built in full, up to {@code maxResultRows}, before a byte is sent: a query that times
 *       out is a 503, never a truncated 200, and a larger answer is a 422 that points to LIMIT and the
 *       dumps;</li>
 *   <li>running queries are stopped (503) when the heap is nearly full ({@link MemoryGuard}); a query
 *       nested too deeply to evaluate is a 400, not a stack overflow; out of memory exits the process.</li>
 * </ul>
 */
final class GuardedQueryProcessor extends SPARQL_QueryDataset {

    private final QueryPolicy policy;
    private final Admission admission;
    private final MemoryGuard memory;
    private final long timeoutMillis;
    private final long maxResultRows;
    private final String retryAfterSeconds;

    GuardedQueryProcessor(QueryPolicy policy, Admission admission, MemoryGuard memory, long timeoutMillis,
                          long maxResultRows, long retryAfterSeconds) {
        this.policy = policy;
        this.admission = admission;
        this.memory = memory;
        this.timeoutMillis = timeoutMillis;
        this.maxResultRows = maxResultRows;
        this.retryAfterSeconds = Long.toString(retryAfterSeconds);
    }

    @Override
    protected void validateParams(HttpAction action, Collection<String> params) {
        if (action.getRequest().getParameter(HttpNames.paramUpdate) != null) {
            ServletOps.errorBadRequest("This endpoint answers SPARQL queries only; it does not accept SPARQL Update "
                    + "(the 'update' parameter). The knowledge graph is read only.");
        }
        super.validateParams(action, params);
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        try {
            policy.check(query);
        } catch (QueryRefusedException e) {
            ServletOps.errorBadRequest("Query refused: " + e.getMessage());
        } catch (StackOverflowError e) {
            ServletOps.errorBadRequest(nestedTooDeeply());
        }
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        Admission.Permit permit;
        try {
            permit = admission.enter(action.getRequest().getRemoteAddr());
        } catch (Admission.Refused refused) {
            action.setResponseHeader(HttpNames.hRetryAfter, retryAfterSeconds);
            ServletOps.error(refused.refusal() == Admission.Refusal.CLIENT_BUSY ? 429 : 503, refused.getMessage());
            return;
        }
        RunningQuery running = RunningQuery.start(timeoutMillis + 500);
        memory.register(running);
        try {
            super.execute(queryString, action);
        } catch (QueryCancelledException e) {
            if (running.stopReason() == RunningQuery.StopReason.LOW_MEMORY) {
                action.setResponseHeader(HttpNames.hRetryAfter, retryAfterSeconds);
                ServletOps.error(503, "Query stopped: the server ran short of memory while running it. Narrow the "
                        + "query (fewer rows before ORDER BY or GROUP BY, or a LIMIT) and try again later.");
            }
            throw e;
        } catch (StackOverflowError e) {
            ServletOps.errorBadRequest(nestedTooDeeply());
        } catch (OutOfMemoryError e) {
            FatalErrors.outOfMemory(e);
            throw e;
        } finally {
            memory.unregister(running);
            running.close();
            permit.close();
        }
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        QueryExec exec = super.createQueryExec(action, GuardedRegex.guard(query), dataset);
        RunningQuery running = RunningQuery.current();
        if (running != null) {
            running.attach(exec);
        }
        return exec;
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query query, String log) {
        if (query.isSelectType()) {
            RowSet rows = exec.select();
            List<Var> vars = rows.getResultVars();
            List<Binding> all = new ArrayList<>();
            while (rows.hasNext()) {
                all.add(rows.next());
                if (all.size() > maxResultRows) {
                    tooLarge("rows");
                }
            }
            return new QueryExecResult(RowSetStream.create(vars, all.iterator()));
        }
        if (query.isConstructType()) {
            Set<Quad> quads = new LinkedHashSet<>();
            Iterator<Quad> it = exec.constructQuads();
            while (it.hasNext()) {
                if (quads.add(it.next()) && quads.size() > maxResultRows) {
                    tooLarge("triples");
                }
            }
            DatasetGraph result = DatasetGraphFactory.create();
            quads.forEach(result::add);
            return new QueryExecResult(result);
        }
        if (query.isDescribeType()) {
            Graph graph = exec.describe();
            if (graph.size() > maxResultRows) {
                tooLarge("triples");
            }
            return new QueryExecResult(graph);
        }
        if (query.isJsonType()) {
            List<JsonObject> items = new ArrayList<>();
            Iterator<JsonObject> it = exec.execJsonItems();
            while (it.hasNext()) {
                items.add(it.next());
                if (items.size() > maxResultRows) {
                    tooLarge("items");
                }
            }
            return new QueryExecResult(items.iterator());
        }
        return super.executeQuery(action, exec, query, log);
    }

    private void tooLarge(String what) {
        throw new ActionErrorException(422, "The answer has more than " + maxResultRows + " " + what + ", more than this "
                + "endpoint returns at once. Narrow the query, page through it with LIMIT and OFFSET, or download the "
                + "whole dataset: /dumps/rikg.nq.gz", null);
    }

    private static String nestedTooDeeply() {
        return "The query is nested too deeply to run here (for example thousands of UNIONs). Split it into smaller "
                + "queries, or use VALUES for long lists of alternatives.";
    }
}
