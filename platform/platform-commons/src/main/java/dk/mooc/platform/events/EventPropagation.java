package dk.mooc.platform.events;

import dk.mooc.platform.web.Timestamps;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Duration;

/**
 * How long events take from their occurrence to their effect in this service: {@code mooc.events.propagation}, a
 * histogram the dashboards show as p50 and p99 per consuming service (and {@code bench/events} reads per event from
 * the consumers' log lines).
 * <p>
 * The start is the event's {@code ce_time}: the producer's platform clock when it wrote the outbox row, just before that
 * transaction committed. The end is now, after the consumer's transaction with the effect committed. Both read the
 * platform clock ({@link Timestamps}), so a moved clock (the same start day everywhere) cancels out.
 */
@ApplicationScoped
public class EventPropagation {

    @Inject
    MeterRegistry registry;

    private volatile Timer timer;

    /** Registered at start, so that the figure is exported (as no events) before the first event arrives. */
    void register(@Observes StartupEvent ev) {
        timer();
    }

    /**
     * Records the time from the event's occurrence to now, once its effect has committed; returns it in
     * milliseconds, or -1 when the event carries no time or one after now (another clock, e.g. a test's).
     */
    private long record(IncomingEvent event) {
        if (event.time() == null) {
            return -1;
        }
        Duration lag = Duration.between(event.time(), Timestamps.now());
        if (lag.isNegative()) {
            return -1;
        }
        timer().record(lag);
        return lag.toMillis();
    }

    /**
     * Records the event as applied and returns the log line that says so, with the time it took when known:
     * {@code Applied <type> <id> for MOOC <subject>, <n> ms after it occurred} (bench/events reads these lines).
     */
    public String applied(IncomingEvent event) {
        long ms = record(event);
        String line = "Applied " + event.type() + " " + event.id() + " for MOOC " + event.subject();
        return ms < 0 ? line : line + ", " + ms + " ms after it occurred";
    }

    private Timer timer() {
        Timer t = timer;
        if (t == null) {
            t = Timer.builder("mooc.events.propagation")
                    .description("From an event's occurrence (its producer's outbox row) to its effect in this"
                            + " service, committed")
                    .publishPercentileHistogram()
                    .minimumExpectedValue(Duration.ofMillis(1))
                    .maximumExpectedValue(Duration.ofMinutes(5))
                    .register(registry);
            timer = t;
        }
        return t;
    }
}
