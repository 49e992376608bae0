package org.w3id.rikg.server.store;

import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;
import org.apache.jena.sparql.util.Context;

/**
 * Where {@code SERVICE} may go, enforced where ARQ executes it, for every query on the store.
 *
 * <p>The SPARQL endpoint already refuses a query whose {@code SERVICE} is not allowed before it runs
 * ({@code QueryPolicy}); this is the second line: the store's query context allows HTTP services only
 * when an allow-list is configured, and its service registry lets a call through only to a listed
 * endpoint, so that no code path (a variable {@code SERVICE ?x}, a stored query) can reach anything else.
 */
final class ServicePolicy implements ChainingServiceExecutor {

    private final StoreProperties.Federation federation;

    private ServicePolicy(StoreProperties.Federation federation) {
        this.federation = federation;
    }

    /** Sets the store's context so that only {@code federation}'s endpoints can be called. */
    static void apply(Context context, StoreProperties.Federation federation) {
        context.set(ARQ.httpServiceAllowed, !federation.allowedEndpoints().isEmpty());
        ServiceExecutorRegistry registry = new ServiceExecutorRegistry();
        registry.addSingleLink(new ServicePolicy(federation));
        registry.add(ServiceExecutorRegistry.httpService);
        ServiceExecutorRegistry.set(context, registry);
    }

    @Override
    public QueryIterator createExecution(OpService opExecute, OpService opOriginal, Binding binding,
                                         ExecutionContext execCxt, ServiceExecutor chain) {
        Node service = opExecute.getService();
        if (!service.isURI() || !federation.allows(service.getURI())) {
            throw new QueryDeniedException("SERVICE " + service + " is not an allowed federation endpoint");
        }
        return chain.createExecution(opExecute, opOriginal, binding, execCxt);
    }
}
