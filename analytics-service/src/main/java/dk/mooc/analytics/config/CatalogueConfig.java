package dk.mooc.analytics.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The Coursera catalogue (docs/catalogue.md): where it is read from, how often, and how similarity is ranked. */
@ConfigMapping(prefix = "mooc.catalogue")
public interface CatalogueConfig {

    /** Coursera's API base, e.g. {@code https://api.coursera.org}; empty: no scheduled sync (files only). */
    Optional<URI> apiUrl();

    /**
     * The university on Coursera: partner ids or names (any of them, case-insensitive); a course one of them offers is
     * marked as the university's own.
     */
    Optional<List<String>> ownPartner();

    /** A catalogue whose last successful sync is older than this is stale. */
    @WithDefault("P14D")
    Duration staleAfter();

    Sync sync();

    Similar similar();

    interface Sync {
        /** How often the scheduled sync runs (Quarkus scheduler syntax, {@code off} to switch it off). */
        @WithDefault("24h")
        String every();

        /** Courses per page ({@code limit}); Coursera serves at most 100. */
        @WithDefault("100")
        int pageSize();

        /** Attempts per page before the sync fails. */
        @WithDefault("5")
        int attempts();

        /** The first wait before a retry; each next wait doubles. */
        @WithDefault("PT1S")
        Duration backoff();

        @WithDefault("PT30S")
        Duration requestTimeout();

        /** The bound on one whole sync. */
        @WithDefault("PT30M")
        Duration maxDuration();
    }

    interface Similar {
        /** How many similar courses are listed. */
        @WithDefault("5")
        int limit();

        /** A course scoring below this is not similar enough to list. */
        @WithDefault("0.05")
        double minScore();

        /** A word in more than this share of the catalogue's courses (and in at least 50) says nothing: left out. */
        @WithDefault("0.15")
        double commonShare();
    }
}
