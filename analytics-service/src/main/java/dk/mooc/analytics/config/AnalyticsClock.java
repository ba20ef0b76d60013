package dk.mooc.analytics.config;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.time.ZoneOffset;

/** Today's date (UTC) for the semester rules; tests replace it to stand after a semester of their choosing. */
@ApplicationScoped
public class AnalyticsClock {

    public LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
