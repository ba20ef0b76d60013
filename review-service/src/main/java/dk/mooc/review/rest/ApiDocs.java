package dk.mooc.review.rest;

/** Texts the OpenAPI annotations of this service share, so that every operation says the same thing the same way. */
final class ApiDocs {

    private ApiDocs() {
    }

    static final String CASE_ID = "The review case's id (not the MOOC id: a MOOC has a case per review round)";
    static final String CASE_ID_EXAMPLE = "0b7e3f7a-3c1d-4a5e-8f00-5d2a9c1b7e44";
    static final String MOOC_ID = "The MOOC id, shared with every other service";
    static final String MOOC_ID_EXAMPLE = "6f1c4c1e-2a55-4a43-9a0f-3f6d0b1d8c11";
    static final String MEETING_ID = "The meeting's id";
    static final String MEETING_ID_EXAMPLE = "3c9a1f2e-7b4d-4e5a-9c8b-1a2b3c4d5e6f";
    static final String CASE_NOT_FOUND = "No such review case";
    static final String MEETING_NOT_FOUND = "No such meeting";
    static final String PROBLEM = "application/problem+json";
}
