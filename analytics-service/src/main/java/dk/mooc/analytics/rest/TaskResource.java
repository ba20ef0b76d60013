package dk.mooc.analytics.rest;

import dk.mooc.analytics.Task;
import dk.mooc.analytics.service.TaskInbox;
import dk.mooc.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** HTTP only: the signed-in person's analytics tasks, for the task inbox (docs/analytics.md, "My tasks"). */
@Path("/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Courses", description = "MOOCs running on Coursera")
public class TaskResource {

    @Inject
    TaskInbox inbox;

    @GET
    @RolesAllowed(Roles.BOARD)
    @Operation(operationId = "listMyAnalyticsTasks", summary = "List my analytics tasks",
            description = "Role: board (the only role with an action that waits in analytics). The semester reviews of "
                    + "the caller's department still waiting for the study board's decision, of every ended semester; "
                    + "the reviews of the semester that ended last are opened first, as reading that semester's reviews "
                    + "does. A decided review never appears. Soonest due first, then the oldest. Not paged: one "
                    + "person's open tasks; at most " + TaskInbox.MAX_TASKS + " are answered.")
    @APIResponse(responseCode = "200", description = "The caller's tasks",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskList.class)))
    public TaskList list() {
        return new TaskList(inbox.mine());
    }

    /** The caller's tasks; bounded rather than paged. */
    @Schema(name = "TaskList", description = "The caller's open tasks, soonest due first; at most "
            + TaskInbox.MAX_TASKS + " (one person's open tasks, so not paged)")
    public record TaskList(
            @Schema(description = "The tasks, soonest due first, then the oldest", required = true) List<Task> items) {
    }
}
