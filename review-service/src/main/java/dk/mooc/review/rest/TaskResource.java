package dk.mooc.review.rest;

import dk.mooc.platform.inbox.MostUrgentTasks;
import dk.mooc.platform.security.Roles;
import dk.mooc.review.Task;
import dk.mooc.review.service.ReviewTasks;
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

/** HTTP only: the caller's entries of the task inbox, from {@link ReviewTasks}. */
@Path("/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Review cases")
public class TaskResource {

    @Inject
    ReviewTasks tasks;

    @GET
    @RolesAllowed(Roles.COMMITTEE)
    @Operation(operationId = "listMyReviewTasks", summary = "What is waiting for you on review cases",
            description = "Role: committee (the chair is a committee member too; admin acts on no case). Lists, on the "
                    + "open cases you are a member of or decide, what you may do now and have not done, judged by the "
                    + "rules that fill a case's `permissions`: DECLARE_CONFLICT_OF_INTEREST until you have declared, "
                    + "ASSESS_CASE until your assessment is in (never with a conflict of interest), SEND_DECISION for "
                    + "the deciding chair (the acting chair of a case handed over; never someone with a conflict). "
                    + "Decided and closed cases are not listed. Soonest due first (the day of the meeting whose agenda "
                    + "the case is on; cases on no agenda last), then the longest waiting first. Not paginated: it is "
                    + "one person's open work; at most " + ReviewTasks.LIMIT + " tasks are listed.")
    @APIResponse(responseCode = "200", description = "Your tasks",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskList.class)))
    public TaskList list() {
        MostUrgentTasks.Selection<Task> open = tasks.mine();
        return new TaskList(open.first(), open.total());
    }

    @Schema(name = "TaskList", description = "What is waiting for you, at most " + ReviewTasks.LIMIT + " tasks")
    public record TaskList(
            @Schema(description = "The tasks: soonest due first, then the longest waiting first", required = true)
            List<Task> items,
            @Schema(description = "How many tasks are open for you here. More than `items` holds when the list was cut at "
                    + ReviewTasks.LIMIT + ": the most urgent are listed", example = "3", required = true)
            int total) {
    }
}
