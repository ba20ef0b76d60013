package dk.mooc.analytics.config;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The key learner ids are pseudonymised with at import (docs/analytics.md, "Personal data"):
 * {@code mooc.analytics.learner-key}, in deployments from a Secret as the environment variable
 * {@code MOOC_ANALYTICS_LEARNER_KEY}. Dev and test have a default; without a key the service does not start, since
 * importing would otherwise store raw ids or pseudonyms anyone could recompute.
 */
@ApplicationScoped
public class LearnerKey {

    public static final int MIN_LENGTH = 32;

    @ConfigProperty(name = "mooc.analytics.learner-key")
    Optional<String> key;

    void onStart(@Observes StartupEvent event) {
        bytes();
    }

    public byte[] bytes() {
        return check(key);
    }

    /** The key's bytes, or a startup failure that says what to set. */
    public static byte[] check(Optional<String> key) {
        String k = key.map(String::trim).orElse("");
        if (k.length() < MIN_LENGTH) {
            throw new IllegalStateException((k.isEmpty() ? "mooc.analytics.learner-key is not set" : "mooc.analytics.learner-key"
                    + " is shorter than " + MIN_LENGTH + " characters") + ": set MOOC_ANALYTICS_LEARNER_KEY (from the"
                    + " deployment's Secret) to a random key of at least " + MIN_LENGTH + " characters; learner ids are"
                    + " pseudonymised with it at import (docs/analytics.md, \"Personal data\")");
        }
        return k.getBytes(StandardCharsets.UTF_8);
    }
}
