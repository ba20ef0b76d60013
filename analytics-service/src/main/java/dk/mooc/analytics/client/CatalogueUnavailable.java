package dk.mooc.analytics.client;

/**
 * Coursera's catalogue could not be read to the end: a stable code (recorded with the sync, shown to the LearningLab)
 * and what happened.
 */
public class CatalogueUnavailable extends RuntimeException {

    /** Still failing after every attempt (a 5xx, 429 or an I/O error each time). */
    public static final String UNREACHABLE = "catalogue.api.unreachable";
    /** The API refused the request (a 4xx other than 429): retrying would not help. */
    public static final String REFUSED = "catalogue.api.refused";
    /** The sync took longer than its bound. */
    public static final String TIMED_OUT = "catalogue.api.timed-out";
    /** The answer was not the documented shape, or its paging went nowhere. */
    public static final String INVALID_RESPONSE = "catalogue.api.invalid-response";

    private final String code;

    public CatalogueUnavailable(String code, String message) {
        super(message);
        this.code = code;
    }

    public CatalogueUnavailable(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
