package dk.mooc.platform.problem;

import java.net.URI;

/**
 * The stable problem types of the platform's APIs (RFC 9457). Clients may switch on {@link #uri()};
 * docs/problems.md describes each one.
 */
public enum ProblemType {
    VALIDATION("validation", "Your request has invalid fields", 400),
    MALFORMED_REQUEST("malformed-request", "The request body could not be read", 400),
    UNAUTHENTICATED("unauthenticated", "Authentication is required", 401),
    FORBIDDEN("forbidden", "You are not allowed to do this", 403),
    NOT_FOUND("not-found", "Not found", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
    NOT_ACCEPTABLE("not-acceptable", "No acceptable representation", 406),
    ILLEGAL_TRANSITION("illegal-transition", "This action is not possible in the current state", 409),
    STALE_VERSION("stale-version", "Someone else changed this in the meantime", 409),
    CONFLICT("conflict", "The request conflicts with existing data", 409),
    PRECONDITION_FAILED("precondition-failed", "The If-Match version is not the current one", 412),
    PAYLOAD_TOO_LARGE("payload-too-large", "The request body is too large", 413),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", 415),
    PRECONDITION_REQUIRED("precondition-required", "Send If-Match with the version you changed", 428),
    RATE_LIMITED("rate-limited", "Too many requests", 429),
    UNEXPECTED("unexpected", "An unexpected error occurred", 500),
    UNAVAILABLE("unavailable", "The service is temporarily unavailable", 503);

    /** Every type URI starts with this; it names the platform, not a host. */
    public static final String PREFIX = "urn:mooc:problem:";

    private final String slug;
    private final String title;
    private final int status;

    ProblemType(String slug, String title, int status) {
        this.slug = slug;
        this.title = title;
        this.status = status;
    }

    public URI uri() {
        return URI.create(PREFIX + slug);
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }
}
