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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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
    @Operation(operationId = "listCommitteeMembers", summary = "The committee's members",
            description = "Roles: committee, admin. By name. Not paginated: the roster is the committee's configured "
                    + "members, a handful of people.")
    @APIResponse(responseCode = "200", description = "The roster",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = RosterMember.class)))
    public List<RosterMember> members() {
        return committee.members().entrySet().stream()
                .map(e -> new RosterMember(e.getKey(), e.getValue().name(), e.getValue().email(),
                        e.getValue().department().orElse(null)))
                .sorted(Comparator.comparing(RosterMember::name))
                .toList();
    }

    @Schema(name = "RosterMember", description = "A member of the steering committee")
    public record RosterMember(@Schema(description = "Their username, used to assign them to a case", example = "kirsten")
                               String username,
                               @Schema(description = "Their name", example = "Kirsten Holt") String name,
                               @Schema(description = "Their e-mail address", example = "kirsten@example.org") String email,
                               @Schema(description = "Their department; a member of the applicant's department has a "
                                       + "conflict of interest", example = "Chemistry") String department) {
    }
}
