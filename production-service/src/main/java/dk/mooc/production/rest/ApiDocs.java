package dk.mooc.production.rest;

/** Texts the OpenAPI annotations of this service share, so that every operation words them the same way. */
final class ApiDocs {

    static final String PROBLEM = "application/problem+json";

    static final String MOOC_ID = "The MOOC's id (the production has the MOOC's id)";
    static final String MOOC_ID_EXAMPLE = "6f1c4c1e-2a55-4a43-9a0f-3f6d0b1d8c11";
    static final String MOOC_FILTER = "Only the items of the MOOC with this id (none when it is not visible to you)";

    static final String IF_MATCH = "The production's ETag as last read (GET /productions/{moocId}): the change is refused "
            + "with 412 when someone changed the production since, and with 428 when the header is missing";
    static final String IF_MATCH_EXAMPLE = "\"7\"";
    static final String ETAG = "The production's version after this answer; send it as If-Match with the next change";

    static final String NOT_FOUND = "No such production, or not visible to you";
    static final String STALE = "The production changed since you read it (If-Match is stale): reload it; "
            + "currentVersion names the version now";
    static final String IF_MATCH_MISSING = "If-Match is missing";

    static final String BOOKING_ID = "The booking's id";
    static final String BOOKING_ID_EXAMPLE = "0b9d7a51-3c52-4f5e-9a7b-2d1e4c6f8a90";
    static final String MEETING_ID = "The network meeting's id";
    static final String MEETING_ID_EXAMPLE = "3d6f2b0e-7c1a-4f4e-8b9d-1a2b3c4d5e6f";

    private ApiDocs() {
    }
}
