package dk.mooc.production.rest;

import dk.mooc.platform.inbox.MostUrgentTasks;
import dk.mooc.platform.security.Roles;
import dk.mooc.production.Task;
import dk.mooc.production.service.TaskInbox;
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

/** HTTP only: the signed-in person's production tasks, for the task inbox (docs/production.md, "My tasks"). */
@Path("/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Productions", description = "Approved MOOCs on their way to launch, and after it")
public class TaskResource {

    @Inject
    TaskInbox inbox;

    @GET
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT, Roles.BOARD, Roles.MEDIALAB})
    @Operation(operationId = "listMyProductionTasks", summary = "List my production tasks",
            description = "Roles: instructor, consultant, board, medialab (admins have no action in production). What "
                    + "waits for the caller now, each an action the server would allow them: the plan to agree, the "
                    + "current milestone they own, the user test, asking for and giving the study board's launch "
                    + "approval, the launch once every QA gate is met, feedback to give, resolve and close, studio "
                    + "requests to confirm and maintenance tasks. An instructor gets their own MOOCs' tasks (and the "
                    + "feedback they are invited to give), a consultant those of the MOOCs they are the consultant of, "
                    + "the study board its department's launch approvals, MediaLab its milestones and requests. "
                    + "Finished work never appears. Soonest due first (tasks without a due date last), then the oldest. "
                    + "Not paged: one person's open tasks; at most " + TaskInbox.MAX_TASKS + " are answered.")
    @APIResponse(responseCode = "200", description = "The caller's tasks",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskList.class)))
    public TaskList list() {
        return TaskList.of(inbox.mine());
    }

    /** The caller's tasks; bounded rather than paged. */
    @Schema(name = "TaskList", description = "The caller's open tasks, soonest due first; at most "
            + TaskInbox.MAX_TASKS + " (one person's open tasks, so not paged)")
    public record TaskList(
            @Schema(description = "The tasks, soonest due first, then the oldest", required = true) List<Task> items,
            @Schema(description = "How many tasks are open for you here. More than `items` holds when the list was cut at "
                    + TaskInbox.MAX_TASKS + ": the most urgent are listed", example = "3", required = true)
            int total) {

        /** The inbox's answer as this operation gives it; getMyProductionHome gives the same. */
        static TaskList of(MostUrgentTasks.Selection<Task> open) {
            return new TaskList(open.first(), open.total());
        }
    }
}
