package dk.mooc.analytics.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Reads Coursera's public catalogue API ({@code GET {base}/api/courses.v1}) page by page, {@code limit} courses at a
 * time, following {@code paging.next} until the last page. A 5xx, a 429 or an I/O error is retried with exponential
 * back-off (1 s, 2 s, 4 s … by default) up to {@code attempts} times per page; a 4xx is not. The whole read is
 * bounded by {@code maxDuration}: a slow or flapping API ends the sync instead of holding it for hours.
 */
public final class CourseraCatalogueClient {

    private static final Logger LOG = Logger.getLogger(CourseraCatalogueClient.class);
    static final String FIELDS = "slug,name,description,partnerIds,primaryLanguages,domainTypes";
    /** No catalogue has this many pages; a paging that never ends is a broken answer. */
    private static final int MAX_PAGES = 10_000;

    /** Where and how to read. {@code baseUrl} without the {@code /api/courses.v1} path. */
    public record Settings(URI baseUrl, int pageSize, int attempts, Duration backoff, Duration requestTimeout,
                           Duration maxDuration) {
    }

    /** What a complete read saw: pages, courses read, elements skipped as unreadable, and Coursera's total. */
    public record Result(int pages, int courses, int skipped, Integer total) {
    }

    private final Settings settings;
    private final ObjectMapper mapper;
    private final HttpClient http;

    public CourseraCatalogueClient(Settings settings, ObjectMapper mapper) {
        this.settings = settings;
        this.mapper = mapper;
        this.http = HttpClient.newBuilder().connectTimeout(settings.requestTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** Reads every page and hands each to {@code pages} as it arrives; throws {@link CatalogueUnavailable}. */
    public Result readAll(Consumer<CataloguePage> pages) {
        long deadline = System.nanoTime() + settings.maxDuration().toNanos();
        int start = 0;
        int count = 0;
        int courses = 0;
        int skipped = 0;
        Integer total = null;
        while (true) {
            if (++count > MAX_PAGES) {
                throw new CatalogueUnavailable(CatalogueUnavailable.INVALID_RESPONSE, "More than " + MAX_PAGES + " pages");
            }
            CataloguePage page = CourseraCatalogueJson.page(fetch(start, deadline), start + 1L);
            if (page.errors().stream().anyMatch(e -> e.row() == 0)) {
                throw new CatalogueUnavailable(CatalogueUnavailable.INVALID_RESPONSE, "Page at start=" + start
                        + " is not a courses.v1 answer: it has no elements");
            }
            // an element without an id, slug or name cannot be stored; the rest of the page can
            page.errors().forEach(e -> LOG.debugf("Catalogue element skipped: %s", e.message()));
            skipped += page.errors().size();
            courses += page.courses().size();
            total = page.total() != null ? page.total() : total;
            pages.accept(page);
            int read = page.courses().size() + page.errors().size();
            if (page.next() == null || read == 0) {
                return new Result(count, courses, skipped, total);
            }
            if (page.next() <= start) {
                throw new CatalogueUnavailable(CatalogueUnavailable.INVALID_RESPONSE, "paging.next " + page.next()
                        + " does not move past start " + start);
            }
            start = page.next();
        }
    }

    private JsonNode fetch(int start, long deadline) {
        URI uri = URI.create(base() + "/api/courses.v1?start=" + start + "&limit=" + settings.pageSize()
                + "&fields=" + FIELDS + "&includes=partnerIds");
        Duration wait = settings.backoff();
        for (int attempt = 1; ; attempt++) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new CatalogueUnavailable(CatalogueUnavailable.TIMED_OUT, "The catalogue was not read within "
                        + settings.maxDuration());
            }
            String failure;
            Throwable cause = null;
            try {
                HttpRequest request = HttpRequest.newBuilder(uri).GET().header("Accept", "application/json")
                        .timeout(min(settings.requestTimeout(), Duration.ofNanos(left))).build();
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status / 100 == 2) {
                    try {
                        return mapper.readTree(response.body());
                    } catch (JsonProcessingException e) {
                        // a body cut off on the way reads as broken JSON: worth another attempt
                        failure = "the answer is not JSON: " + e.getOriginalMessage();
                        cause = e;
                    }
                } else if (status >= 500 || status == 429) {
                    failure = "HTTP " + status;
                } else {
                    throw new CatalogueUnavailable(CatalogueUnavailable.REFUSED, "GET " + uri + " answered HTTP " + status);
                }
            } catch (IOException e) {
                failure = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
                cause = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CatalogueUnavailable(CatalogueUnavailable.UNREACHABLE, "Interrupted", e);
            }
            if (attempt >= settings.attempts()) {
                throw new CatalogueUnavailable(CatalogueUnavailable.UNREACHABLE, "GET " + uri + " failed " + attempt
                        + " times; last: " + failure, cause);
            }
            if (System.nanoTime() + wait.toNanos() >= deadline) {
                throw new CatalogueUnavailable(CatalogueUnavailable.TIMED_OUT, "GET " + uri + " failed (" + failure
                        + ") and another attempt would pass the bound of " + settings.maxDuration());
            }
            LOG.warnf("Catalogue page start=%d failed (attempt %d of %d): %s; next attempt in %d ms", start, attempt,
                    settings.attempts(), failure, wait.toMillis());
            sleep(wait);
            wait = wait.multipliedBy(2);
        }
    }

    private String base() {
        String b = settings.baseUrl().toString();
        return b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CatalogueUnavailable(CatalogueUnavailable.UNREACHABLE, "Interrupted while waiting to retry", e);
        }
    }
}
