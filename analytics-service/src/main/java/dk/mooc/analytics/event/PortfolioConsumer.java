package dk.mooc.analytics.event;

import dk.mooc.analytics.service.PortfolioProjection;
import dk.mooc.platform.events.EventTracing;
import dk.mooc.platform.events.EventPropagation;
import dk.mooc.platform.events.IncomingEvent;
import dk.mooc.platform.events.PoisonEventException;
import dk.mooc.platform.problem.DatabaseOutage;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Feeds the portfolio from all four services' topics, in its own consumer group: the portfolio keeps its own record
 * of applied events (its timeline), independent of the rest of analytics-service. Transient failures are retried a
 * few times, a database outage until the database is back; poison and persistent failures go to the portfolio's
 * dead-letter topic.
 */
@ApplicationScoped
public class PortfolioConsumer {

    private static final Logger LOG = Logger.getLogger(PortfolioConsumer.class);
    private static final int ATTEMPTS = 5;

    @Inject
    PortfolioProjection projection;

    @Inject
    EventTracing tracing;

    @Inject
    EventPropagation propagation;

    @Incoming("portfolio-proposal-events")
    @Blocking
    public void proposals(ConsumerRecord<String, String> record) {
        apply(record);
    }

    @Incoming("portfolio-review-events")
    @Blocking
    public void reviews(ConsumerRecord<String, String> record) {
        apply(record);
    }

    @Incoming("portfolio-production-events")
    @Blocking
    public void production(ConsumerRecord<String, String> record) {
        apply(record);
    }

    @Incoming("portfolio-analytics-events")
    @Blocking
    public void analytics(ConsumerRecord<String, String> record) {
        apply(record);
    }

    private void apply(ConsumerRecord<String, String> record) {
        // part of the producer's trace, like every consumer's effect
        tracing.process(record, () -> applyTraced(record));
    }

    private void applyTraced(ConsumerRecord<String, String> record) {
        IncomingEvent e = IncomingEvent.from(record);
        boolean waiting = false;
        for (int attempt = 1; ; attempt++) {
            try {
                if (projection.apply(e)) {
                    LOG.info("Portfolio: " + propagation.applied(e));
                }
                return;
            } catch (PoisonEventException ex) {
                LOG.errorf("Portfolio: event %s (%s) goes to the dead-letter topic: %s", e.id(), e.type(), ex.getMessage());
                throw ex;
            } catch (RuntimeException ex) {
                if (DatabaseOutage.explains(ex)) {
                    // nothing is wrong with the event: it waits for the database instead of going to the dead-letter topic
                    if (!waiting) {
                        waiting = true;
                        LOG.warnf("Portfolio: event %s (%s) waits for the database: %s", e.id(), e.type(), ex.getMessage());
                    }
                    attempt--;
                    try {
                        Thread.sleep(1_000);
                    } catch (InterruptedException ie) {
                        Thread.currentThread().interrupt();
                        throw ex;
                    }
                    continue;
                }
                if (attempt >= ATTEMPTS) {
                    LOG.errorf(ex, "Portfolio: event %s (%s) failed %d times; dead-letter topic", e.id(), e.type(), attempt);
                    throw ex;
                }
                LOG.warnf("Portfolio: event %s (%s) failed (attempt %d), retrying: %s", e.id(), e.type(), attempt, ex.getMessage());
                try {
                    Thread.sleep(200L * attempt);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw ex;
                }
            }
        }
    }
}
