package dk.mooc.platform.tracing;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Turns the OpenTelemetry SDK on only where a collector is configured: {@code MOOC_OTEL_ENDPOINT} (property
 * {@code mooc.otel.endpoint}) or Quarkus' own {@code QUARKUS_OTEL_EXPORTER_OTLP_[TRACES_]ENDPOINT}. Without one, an
 * exporter would keep trying a collector that is not there, which costs every request; so locally, in tests and in a
 * cluster without a collector nothing is recorded or exported.
 * <p>
 * Its values have a low ordinal: an explicit {@code quarkus.otel.sdk.disabled} (application.properties, environment,
 * a test profile) still decides.
 */
public class CollectorSwitch implements ConfigSourceFactory {

    public static final String ENDPOINT = "mooc.otel.endpoint";
    static final String SDK_DISABLED = "quarkus.otel.sdk.disabled";
    static final String OTLP_ENDPOINT = "quarkus.otel.exporter.otlp.endpoint";
    static final String OTLP_TRACES_ENDPOINT = "quarkus.otel.exporter.otlp.traces.endpoint";
    static final String HTTP_INSTRUMENTATION = "quarkus.otel.instrument.vertx-http";
    static final String KAFKA_TRACING = "mp.messaging.connector.smallrye-kafka.tracing-enabled";
    /** Above the libraries' microprofile-config.properties (100), below application.properties (250). */
    static final int ORDINAL = 150;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        String endpoint = configured(context, ENDPOINT);
        boolean collector = endpoint != null
                || configured(context, OTLP_ENDPOINT) != null
                || configured(context, OTLP_TRACES_ENDPOINT) != null;
        Map<String, String> values = new HashMap<>();
        values.put(SDK_DISABLED, String.valueOf(!collector));
        // With the SDK off, Quarkus still lets the HTTP and Kafka instrumentation start (unexported) spans and put a
        // traceparent header on every record; off means off, so those are switched off too.
        values.put(HTTP_INSTRUMENTATION, String.valueOf(collector));
        values.put(KAFKA_TRACING, String.valueOf(collector));
        if (endpoint != null) {
            values.put(OTLP_ENDPOINT, endpoint);
        }
        return List.of(new PropertiesConfigSource(values, "mooc tracing: collector switch", ORDINAL));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(ORDINAL);
    }

    /** A value someone set; an extension's built-in default (from a source with no real ordinal) does not count. */
    private static String configured(ConfigSourceContext context, String name) {
        ConfigValue v = context.getValue(name);
        if (v == null || v.getValue() == null || v.getValue().isBlank() || v.getConfigSourceOrdinal() <= 0) {
            return null;
        }
        return v.getValue().trim();
    }
}
