package dk.mooc.production.rest;

import dk.mooc.platform.web.ReadOnlyReads;
import dk.mooc.production.Production;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shared filter that makes a GET outside a transaction load read-only (platform-commons' {@link ReadOnlyReads}),
 * on this service's entities: what it changes, and that writes in transactions, also those a GET makes, are untouched.
 */
@QuarkusTest
class ReadOnlyReadsTest {

    @Inject
    ReadOnlyReads filter;

    @Inject
    Session session;

    private static ContainerRequestContext request(String method) {
        return (ContainerRequestContext) Proxy.newProxyInstance(ReadOnlyReadsTest.class.getClassLoader(),
                new Class<?>[] {ContainerRequestContext.class},
                (proxy, m, args) -> m.getName().equals("getMethod") ? method : null);
    }

    @Test
    @ActivateRequestContext
    void aGetOutsideATransactionLoadsReadOnlyAndATransactionItStartsStillWrites() {
        UUID id = ProductionResourceTest.production("ro-" + UUID.randomUUID());
        filter.readOnlyOutsideTransactions(request("GET"));
        Production read = Production.findById(id);
        assertTrue(session.isReadOnly(read), "loaded read-only: no snapshot for dirty checking");

        // what a read does when it must write (binding a pending invitation): its own transaction, its own session
        QuarkusTransaction.requiringNew().run(() -> {
            Production p = Production.findById(id);
            assertFalse(session.isReadOnly(p), "inside the transaction the entity is writable");
            p.title = "Renamed in the read's transaction";
        });
        String title = QuarkusTransaction.requiringNew().call(() -> Production.<Production>findById(id).title);
        assertEquals("Renamed in the read's transaction", title, "the transaction's change was written");
    }

    @Test
    @ActivateRequestContext
    void otherMethodsAndRequestsInATransactionAreLeftAsTheyAre() {
        UUID id = ProductionResourceTest.production("rw-" + UUID.randomUUID());
        filter.readOnlyOutsideTransactions(request("POST"));
        assertFalse(session.isReadOnly(Production.findById(id)), "a POST's session is not made read-only");

        QuarkusTransaction.requiringNew().run(() -> {
            filter.readOnlyOutsideTransactions(request("GET"));   // a GET whose method is @Transactional
            Production p = Production.findById(id);
            assertFalse(session.isReadOnly(p), "a GET in a transaction is not made read-only");
            p.title = "Written by a transactional GET";
        });
        String title = QuarkusTransaction.requiringNew().call(() -> Production.<Production>findById(id).title);
        assertEquals("Written by a transactional GET", title);
    }
}
