package dk.mooc.analytics.rest;

/** Texts the OpenAPI annotations of this service share, so that every operation words them the same way. */
final class ApiDocs {

    static final String PROBLEM = "application/problem+json";

    static final String MOOC_ID = "The MOOC's id (a launched course has the MOOC's id)";
    static final String MOOC_ID_EXAMPLE = "6f1c4c1e-2a55-4a43-9a0f-3f6d0b1d8c11";
    static final String MOOC_FILTER = "Only the items of the MOOC with this id (none when it is not visible to you)";
    static final String COURSE_NOT_FOUND = "No such course, or not visible to you";

    static final String SEMESTER = "YYYY-spring (January-June) or YYYY-autumn (July-December)";
    static final String SEMESTER_PATTERN = "^[0-9]{4}-(spring|autumn)$";
    static final String SEMESTER_EXAMPLE = "2028-spring";

    static final String REVIEW_ID = "The semester review's id";
    static final String REVIEW_ID_EXAMPLE = "3b9e1f7a-5c2d-4e8f-9a1b-2c3d4e5f6a7b";

    private ApiDocs() {
    }
}
