package dk.mooc.proposal.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Test-only endpoint that fails unexpectedly, to check the 500 problem document. */
@Path("/test-only/failure")
public class FailingResource {
    @GET
    @PermitAll
    public String fail() {
        throw new IllegalStateException("secret internal detail: connection string jdbc:postgresql://db");
    }
}
