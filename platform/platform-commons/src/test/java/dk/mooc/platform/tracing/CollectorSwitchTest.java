package dk.mooc.platform.tracing;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CollectorSwitchTest {

    private static SmallRyeConfig config(Map<String, String> applicationProperties) {
        return new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(applicationProperties, "application.properties", 250))
                // an extension's built-in default is no configured collector
                .withDefaultValue(CollectorSwitch.OTLP_ENDPOINT, "http://localhost:4317/")
                .withSources(new CollectorSwitch())
                .build();
    }

    private static String sdkDisabled(SmallRyeConfig config) {
        return config.getRawValue(CollectorSwitch.SDK_DISABLED);
    }

    @Test
    void withoutACollectorTheSdkAndTheInstrumentationAreOff() {
        SmallRyeConfig c = config(Map.of());
        assertEquals("true", sdkDisabled(c));
        assertEquals("false", c.getRawValue(CollectorSwitch.HTTP_INSTRUMENTATION));
        assertEquals("false", c.getRawValue(CollectorSwitch.KAFKA_TRACING));
    }

    @Test
    void theMoocEndpointTurnsItOnAndIsWhereSpansGo() {
        SmallRyeConfig c = config(Map.of(CollectorSwitch.ENDPOINT, "http://otel-collector:4317"));
        assertEquals("false", sdkDisabled(c));
        assertEquals("true", c.getRawValue(CollectorSwitch.HTTP_INSTRUMENTATION));
        assertEquals("true", c.getRawValue(CollectorSwitch.KAFKA_TRACING));
        assertEquals("http://otel-collector:4317", c.getRawValue(CollectorSwitch.OTLP_ENDPOINT));
    }

    @Test
    void quarkusOwnEndpointsTurnItOnToo() {
        assertEquals("false", sdkDisabled(config(Map.of(CollectorSwitch.OTLP_ENDPOINT, "http://collector:4317"))));
        assertEquals("false", sdkDisabled(config(Map.of(CollectorSwitch.OTLP_TRACES_ENDPOINT, "http://collector:4317"))));
        assertEquals("true", sdkDisabled(config(Map.of(CollectorSwitch.ENDPOINT, " "))), "a blank endpoint is none");
    }

    @Test
    void anExplicitSettingStillDecides() {
        assertEquals("true", sdkDisabled(config(Map.of(CollectorSwitch.ENDPOINT, "http://otel-collector:4317",
                CollectorSwitch.SDK_DISABLED, "true"))));
        assertEquals("false", sdkDisabled(config(Map.of(CollectorSwitch.SDK_DISABLED, "false"))));
    }
}
