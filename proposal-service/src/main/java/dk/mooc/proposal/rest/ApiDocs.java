package dk.mooc.proposal.rest;

/** Texts the OpenAPI annotations of this service share, so that every operation says the same thing the same way. */
final class ApiDocs {

    private ApiDocs() {
    }

    static final String MOOC_ID = "The MOOC id: the proposal's id, which follows the MOOC through every service";
    static final String MOOC_ID_EXAMPLE = "6f1c4c1e-2a55-4a43-9a0f-3f6d0b1d8c11";
    static final String ETAG = "The proposal's version; send it back in If-Match to change the proposal";
    static final String ETAG_EXAMPLE = "\"3\"";
    static final String NOT_FOUND = "No such proposal, or not visible to you";
    static final String PROBLEM = "application/problem+json";
}
