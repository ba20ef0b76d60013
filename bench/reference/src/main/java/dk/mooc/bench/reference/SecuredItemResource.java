package dk.mooc.bench.reference;

import io.quarkus.arc.profile.IfBuildProfile;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

/**
 * The reference's own read behind the security the design asks of every endpoint and nothing else: a bearer token
 * verified locally by Quarkus' OIDC extension (signature, expiry, issuer, audience) and a role checked. Only in the
 * "secured" build (bench/run builds it with -Psecured into target-secured/); the bare reference has no such endpoint
 * and no security extension. It measures what the framework's own token check costs the reference's read, apart from
 * everything else a service does.
 */
@IfBuildProfile("secured")
@Path("/secured/items")
@Produces(MediaType.APPLICATION_JSON)
public class SecuredItemResource {

    @GET
    @Path("/{id}")
    @RolesAllowed("admin")
    public Item get(@PathParam("id") UUID id) {
        return new ItemResource().get(id);
    }
}
