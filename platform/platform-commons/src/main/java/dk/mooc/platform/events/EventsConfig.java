package dk.mooc.platform.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Settings of the outbox relay and the inbox. */
@ConfigMapping(prefix = "mooc.events")
public interface EventsConfig {

    /** Topic this service publishes to, one per producing service (e.g. {@code proposal-events}). */
    String topic();

    /** CloudEvents {@code source} of this service's events (e.g. {@code /proposal-service}). */
    String source();

    Relay relay();

    Inbox inbox();

    interface Relay {
        /** Whether this instance runs the relay; replicas elect one active relay through a DB lock. */
        @WithDefault("true")
        boolean enabled();

        /** Fallback polling when no commit woke the relay (e.g. rows written by another replica). */
        @WithDefault("2s")
        Duration pollInterval();

        @WithDefault("100")
        int batchSize();

        /** How long to wait for the broker's acknowledgement of one batch. */
        @WithDefault("20s")
        Duration sendTimeout();

        @WithDefault("500ms")
        Duration initialBackoff();

        @WithDefault("30s")
        Duration maxBackoff();

        /** Sent rows are kept this long for inspection and replay, then deleted. */
        @WithDefault("P7D")
        Duration retention();
    }

    interface Inbox {
        /** Attempts for a transient failure (e.g. a database hiccup) before the event is dead-lettered. */
        @WithDefault("3")
        int attempts();

        @WithDefault("200ms")
        Duration retryDelay();

        /** Pause between attempts while the database cannot be reached; such attempts are not counted. */
        @WithDefault("1s")
        Duration outageRetryDelay();
    }
}
