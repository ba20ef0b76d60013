package dk.mooc.review.rest;

import dk.mooc.platform.security.Roles;
import dk.mooc.review.config.CommitteeConfig;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Comparator;
import java.util.List;

/** HTTP only: the committee's roster, from which the chair assigns members. */
@Path("/committee/members")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Committee", description = "The steering committee's roster")
public class CommitteeResource {

    @Inject
    CommitteeConfig committee;

    @GET
    @RolesAllowed({Roles.COMMITTEE, Roles.ADMIN})
    @Operation(summary = "The committee's members", description = "Roles: committee, admin.")
    public List<RosterMember> members() {
        return committee.members().entrySet().stream()
                .map(e -> new RosterMember(e.getKey(), e.getValue().name(), e.getValue().email(),
                        e.getValue().department().orElse(null)))
                .sorted(Comparator.comparing(RosterMember::name))
                .toList();
    }

    @Schema(name = "RosterMember")
    public record RosterMember(@Schema(example = "kirsten") String username, @Schema(example = "Kirsten Holt") String name,
                               String email, @Schema(example = "Chemistry") String department) {
    }
}
