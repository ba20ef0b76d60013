package dk.mooc.platform.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dk.mooc.platform.web.Timestamps;

import java.util.UUID;

/**
 * Writes domain events into the outbox table inside the caller's transaction.
 * <p>
 * This is the only way a service publishes: the event exists if and only if the change that caused it
 * committed. {@link OutboxRelay} sends it to Kafka afterwards.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    ObjectMapper mapper;

    @Inject
    EventsConfig config;

    @Inject
    Event<OutboxEventStored> stored;

    @Inject
    EventTracing tracing;

    /** Stores the event; must run inside the transaction of the change (MANDATORY). */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(DomainEvent event) {
        OutboxEvent row = new OutboxEvent();
        row.id = UUID.randomUUID();
        row.topic = config.topic();
        row.eventType = event.eventType();
        row.source = config.source();
        row.subject = event.moocId();
        row.occurredAt = Timestamps.now();   // the event's time: the platform clock, like the change it records
        try {
            row.payload = mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event " + event.eventType() + " cannot be serialised", e);
        }
        // the trace of the change that caused the event: consumers continue it (docs/events.md, "Traces")
        TraceContext trace = tracing.current();
        row.traceparent = trace.traceparent();
        row.tracestate = trace.tracestate();
        row.persist();
        stored.fire(new OutboxEventStored(row.topic));
        return row.id;
    }
}
