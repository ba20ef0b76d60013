package dk.mooc.platform.web;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** The current time as the services store it: UTC, microseconds (PostgreSQL's precision, so re-reads compare equal). */
public final class Timestamps {
    private Timestamps() {
    }

    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
