package dk.mooc.platform.web;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.BlockingOperationControl;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.hibernate.Session;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A GET loads its entities read-only when it runs outside a transaction, as every service's reads do: Hibernate then
 * keeps no snapshot of each loaded entity for dirty checking (a copy of every column, its JSON documents deep-copied),
 * which such a request never uses, since nothing outside a transaction is flushed. The profile of production-service's
 * GET by id put the snapshots at about 8 % of its CPU. Writes, also those a read makes (binding a pending invitation),
 * run in transactions, whose sessions are not this request's session, and stay as they are.
 */
public class ReadOnlyReads {

    @Inject
    Session session;

    // on the resource method's thread (a worker for every blocking endpoint), after the match: a GET with
    // @Transactional starts its transaction later, in its own session, and is not affected
    @ServerRequestFilter
    public void readOnlyOutsideTransactions(ContainerRequestContext request) {
        if (HttpMethod.GET.equals(request.getMethod()) && BlockingOperationControl.isBlockingAllowed()
                && !QuarkusTransaction.isActive()) {
            session.setDefaultReadOnly(true);
        }
    }
}
