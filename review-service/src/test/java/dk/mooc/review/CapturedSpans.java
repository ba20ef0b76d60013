package dk.mooc.review;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Keeps the spans of a test in memory instead of exporting them. Used only where a test turns tracing on
 * (a collector configured); as a SpanExporter bean it also stands in for the OTLP exporter there.
 */
public class CapturedSpans {

    @Produces
    @Singleton
    InMemorySpanExporter spans() {
        return InMemorySpanExporter.create();
    }
}
