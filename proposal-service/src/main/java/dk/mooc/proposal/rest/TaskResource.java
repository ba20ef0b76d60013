package dk.mooc.proposal.rest;

import dk.mooc.platform.inbox.MostUrgentTasks;
import dk.mooc.platform.security.Roles;
import dk.mooc.proposal.Task;
import dk.mooc.proposal.service.ProposalTasks;
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

/** HTTP only: the caller's entries of the task inbox, from {@link ProposalTasks}. */
@Path("/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Proposals")
public class TaskResource {

    @Inject
    ProposalTasks tasks;

    @GET
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT, Roles.BOARD, Roles.HEAD})
    @Operation(operationId = "listMyProposalTasks", summary = "What is waiting for you on proposals",
            description = "Roles: instructor, consultant, board, head (the roles that act on proposals; the committee "
                    + "acts in the review API, admin acts on nothing). Lists what the workflow waits for from you and you "
                    + "may do now, judged by the rules that fill a proposal's `permissions`, so each task's action will be "
                    + "accepted: the instructor's next step on their own proposals (REQUEST_CONSULTATION, "
                    + "COMPLETE_APPLICATION, REQUEST_ENDORSEMENTS, REVISE_PROPOSAL, SUBMIT_PROPOSAL), the LearningLab's "
                    + "queue and your own consultations (TAKE_CONSULTATION, RECORD_CONSULTATION), and the study board's "
                    + "approval or the Head of Department's signature requested of your department and not given "
                    + "(GIVE_BOARD_APPROVAL, SIGN_AS_HEAD). Done, declined or voided steps are not listed. Due date first "
                    + "(none set by this workflow), then the longest waiting first. Not paginated: it is one person's "
                    + "open work; at most " + ProposalTasks.LIMIT + " tasks are listed.")
    @APIResponse(responseCode = "200", description = "Your tasks",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskList.class)))
    public TaskList list() {
        MostUrgentTasks.Selection<Task> open = tasks.mine();
        return new TaskList(open.first(), open.total());
    }

    @Schema(name = "TaskList", description = "What is waiting for you, at most " + ProposalTasks.LIMIT + " tasks")
    public record TaskList(
            @Schema(description = "The tasks: due date first, then the longest waiting first", required = true)
            List<Task> items,
            @Schema(description = "How many tasks are open for you here. More than `items` holds when the list was cut at "
                    + ProposalTasks.LIMIT + ": the most urgent are listed", example = "3", required = true)
            int total) {
    }
}
