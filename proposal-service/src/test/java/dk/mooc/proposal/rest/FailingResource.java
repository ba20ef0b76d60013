package dk.mooc.proposal.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Test-only endpoint that fails unexpectedly, to check the 500 problem document. Hidden from the OpenAPI document,
 * which the tests compare with the committed contract.
 */
@Path("/test-only/failure")
public class FailingResource {
    @GET
    @PermitAll
    @Operation(hidden = true)
    public String fail() {
        throw new IllegalStateException("secret internal detail: connection string jdbc:postgresql://db");
    }
}
