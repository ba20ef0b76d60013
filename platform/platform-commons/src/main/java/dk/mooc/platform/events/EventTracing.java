package dk.mooc.platform.events;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Carries the trace of a user action through the outbox and Kafka, so that it shows as one trace: HTTP → outbox →
 * Kafka → each consumer's effect.
 * <p>
 * The outbox stores the current W3C trace context with each row ({@link #current()}); the relay sends it as the
 * CloudEvents distributed-tracing extension ({@code ce_traceparent}, {@code ce_tracestate} in Kafka's binary mode);
 * a consumer applies the event inside a span that continues that context ({@link #process}), and whatever it publishes
 * in turn carries the same trace id. Where the OpenTelemetry SDK is off (no collector configured) all of this is
 * skipped: nothing is stored, no span is started.
 */
@ApplicationScoped
public class EventTracing {

    /** CloudEvents distributed-tracing extension attributes; Kafka binary mode prefixes them with {@code ce_}. */
    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";
    public static final String CE_TRACEPARENT = "ce_" + TRACEPARENT;
    public static final String CE_TRACESTATE = "ce_" + TRACESTATE;
    /** The column's size; a longer tracestate (beyond what W3C asks vendors to propagate) is dropped, never cut. */
    static final int MAX_TRACESTATE = 512;

    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();
    private static final TextMapGetter<Map<String, String>> MAP = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    @Inject
    OpenTelemetry openTelemetry;

    @ConfigProperty(name = "quarkus.otel.sdk.disabled", defaultValue = "false")
    boolean disabled;

    private Tracer tracer;

    @PostConstruct
    void init() {
        tracer = openTelemetry.getTracer("dk.mooc.platform.events");
    }

    /** The trace context of the current span, to be stored with an event; {@link TraceContext#NONE} outside a trace. */
    public TraceContext current() {
        if (disabled || !Span.current().getSpanContext().isValid()) {
            return TraceContext.NONE;
        }
        Map<String, String> carrier = new HashMap<>(2);
        W3C.inject(Context.current(), carrier, Map::put);
        String state = carrier.get(TRACESTATE);
        return new TraceContext(carrier.get(TRACEPARENT),
                state == null || state.isEmpty() || state.length() > MAX_TRACESTATE ? null : state);
    }

    /** The remote context an event was recorded in, to parent what follows; an invalid span if there is none. */
    public static Context contextOf(TraceContext trace) {
        if (trace == null || trace.traceparent() == null) {
            return Context.root();
        }
        Map<String, String> carrier = new HashMap<>(2);
        carrier.put(TRACEPARENT, trace.traceparent());
        if (trace.tracestate() != null) {
            carrier.put(TRACESTATE, trace.tracestate());
        }
        return W3C.extract(Context.root(), carrier, MAP);
    }

    /** The producer's trace context from a record's CloudEvents headers; {@link TraceContext#NONE} if absent. */
    public static TraceContext of(ConsumerRecord<?, ?> record) {
        String parent = header(record, CE_TRACEPARENT);
        if (parent == null) {
            return TraceContext.NONE;
        }
        // only what parses as W3C trace context is continued; anything else starts a trace of its own
        if (!Span.fromContext(contextOf(new TraceContext(parent, null))).getSpanContext().isValid()) {
            return TraceContext.NONE;
        }
        String state = header(record, CE_TRACESTATE);
        return new TraceContext(parent, state == null || state.length() > MAX_TRACESTATE ? null : state);
    }

    /**
     * Runs a consumer's processing of one record in a span that continues the producer's trace. When the messaging
     * instrumentation's receive span already continues that trace, the span nests under it; otherwise it is a child
     * of the producer's context itself, so the trace holds whatever the transport did with the headers.
     */
    public void process(ConsumerRecord<?, ?> record, Runnable work) {
        if (disabled) {
            work.run();
            return;
        }
        Context remote = contextOf(of(record));
        SpanContext producer = Span.fromContext(remote).getSpanContext();
        SpanContext here = Span.current().getSpanContext();
        boolean continuesHere = here.isValid() && (!producer.isValid() || here.getTraceId().equals(producer.getTraceId()));
        Context parent = continuesHere || !producer.isValid() ? Context.current() : remote;
        Span span = tracer.spanBuilder(record.topic() + " process")
                .setParent(parent)
                .setSpanKind(continuesHere ? SpanKind.INTERNAL : SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "process")
                .setAttribute("messaging.destination.name", record.topic())
                .setAttribute("messaging.destination.partition.id", String.valueOf(record.partition()))
                .setAttribute("messaging.kafka.offset", record.offset())
                .setAttribute("cloudevents.event_id", header(record, "ce_id"))
                .setAttribute("cloudevents.event_type", header(record, "ce_type"))
                .setAttribute("cloudevents.event_source", header(record, "ce_source"))
                .setAttribute("cloudevents.event_subject", header(record, "ce_subject"))
                .startSpan();   // a null attribute (a header that is missing) is left out
        try (Scope ignored = span.makeCurrent()) {
            work.run();
        } catch (RuntimeException | Error e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
            throw e;
        } finally {
            span.end();
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
