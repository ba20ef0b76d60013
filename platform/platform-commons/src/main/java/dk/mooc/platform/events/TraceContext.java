package dk.mooc.platform.events;

/**
 * A W3C trace context as it travels with an event: {@code traceparent} ({@code 00-<trace id>-<span id>-<flags>}) and
 * the optional vendor {@code tracestate}. Both null when the event was recorded outside a trace (or tracing is off).
 */
public record TraceContext(String traceparent, String tracestate) {

    public static final TraceContext NONE = new TraceContext(null, null);
}
