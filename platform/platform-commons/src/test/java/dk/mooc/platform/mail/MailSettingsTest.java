package dk.mooc.platform.mail;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URL;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The mail relay settings of the shared defaults as the prod profile (the local stack and Kubernetes) reads them from
 * the environment: a plain local mail catcher when nothing is set, the university's relay with login and TLS when the
 * deployment sets it.
 */
class MailSettingsTest {

    private static SmallRyeConfig prod(Map<String, String> environment) throws IOException {
        URL defaults = MailSettingsTest.class.getClassLoader().getResource("META-INF/microprofile-config.properties");
        return new SmallRyeConfigBuilder()
                .withProfile("prod")
                .withSources(new PropertiesConfigSource(defaults, 100))
                .withSources(new EnvConfigSource(environment, 300))
                .build();
    }

    private static String value(SmallRyeConfig c, String name) {
        return c.getValue(name, String.class);
    }

    @Test
    void withNothingSetItIsThePlainLocalMailCatcher() throws IOException {
        SmallRyeConfig c = prod(Map.of());
        assertEquals("127.0.0.1", value(c, "quarkus.mailer.host"));
        assertEquals("3025", value(c, "quarkus.mailer.port"));
        assertEquals("false", value(c, "quarkus.mailer.tls"));
        assertEquals("DISABLED", value(c, "quarkus.mailer.start-tls"));
        assertEquals("NONE", value(c, "quarkus.mailer.login"));
        assertEquals(Optional.empty(), c.getOptionalValue("quarkus.mailer.username", String.class));
        assertEquals(Optional.empty(), c.getOptionalValue("quarkus.mailer.password", String.class));
        assertEquals("MOOC Programme Platform <noreply@mooc.localhost>", value(c, "quarkus.mailer.from"));
    }

    @Test
    void theUniversitysRelayWithLoginAndStartTls() throws IOException {
        SmallRyeConfig c = prod(Map.of("MOOC_SMTP_HOST", "smtp.university.example", "MOOC_SMTP_PORT", "587",
                "MOOC_SMTP_START_TLS", "REQUIRED", "MOOC_SMTP_TLS", "false", "MOOC_SMTP_LOGIN", "REQUIRED",
                "MOOC_SMTP_USER", "mooc-platform", "MOOC_SMTP_PASSWORD", "s3cret",
                "MOOC_MAIL_FROM", "noreply@mooc.university.example"));
        assertEquals("smtp.university.example", value(c, "quarkus.mailer.host"));
        assertEquals("587", value(c, "quarkus.mailer.port"));
        assertEquals("REQUIRED", value(c, "quarkus.mailer.start-tls"));
        assertEquals("false", value(c, "quarkus.mailer.tls"));
        assertEquals("REQUIRED", value(c, "quarkus.mailer.login"));
        assertEquals("mooc-platform", value(c, "quarkus.mailer.username"));
        assertEquals("s3cret", value(c, "quarkus.mailer.password"));
        assertEquals("MOOC Programme Platform <noreply@mooc.university.example>", value(c, "quarkus.mailer.from"));
    }

    @Test
    void tlsFromTheFirstByteAndAnEmptyLoginAsADevSecretHasIt() throws IOException {
        SmallRyeConfig c = prod(Map.of("MOOC_SMTP_PORT", "465", "MOOC_SMTP_TLS", "true", "MOOC_SMTP_USER", "",
                "MOOC_SMTP_PASSWORD", ""));
        assertEquals("true", value(c, "quarkus.mailer.tls"));
        assertEquals("DISABLED", value(c, "quarkus.mailer.start-tls"));
        assertEquals(Optional.empty(), c.getOptionalValue("quarkus.mailer.username", String.class), "empty is no login");
        assertEquals(Optional.empty(), c.getOptionalValue("quarkus.mailer.password", String.class));
    }
}
