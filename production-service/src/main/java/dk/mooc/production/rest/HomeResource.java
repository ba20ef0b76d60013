package dk.mooc.production.rest;

import dk.mooc.platform.security.Roles;
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

/**
 * HTTP only: what the SPA's home page shows from this service, in one read (docs/production.md, "My tasks"): the
 * home would otherwise read the task inbox and the list of productions one after the other.
 */
@Path("/home")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Productions", description = "Approved MOOCs on their way to launch, and after it")
public class HomeResource {

    @Inject
    TaskInbox inbox;

    @Inject
    ProductionViews views;

    @GET
    // exactly listMyProductionTasks' roles, so that whoever /tasks refuses (admins: no production action) is refused
    // here too; each of these roles may also list productions
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT, Roles.BOARD, Roles.MEDIALAB})
    @Operation(operationId = "getMyProductionHome",
            summary = "My production tasks and my first page of productions, in one read",
            description = "Roles: instructor, consultant, board, medialab, as listMyProductionTasks (admins have no "
                    + "action in production and get 403, as there). Made for the home page, which shows both: what "
                    + "listMyProductionTasks answers the caller, and the first page (" + ProductionHome.PRODUCTIONS
                    + ", newest first, no moocId filter) of what listProductions answers the same caller, each exactly "
                    + "as its own operation answers it. A caller without productions gets both parts empty.")
    @APIResponse(responseCode = "200", description = "The caller's tasks and first page of productions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProductionHome.class)))
    public ProductionHome get() {
        // each part by the very method its own operation answers with, so that it cannot drift from that answer; not
        // one transaction, as the two operations are not one either (the inbox reads its productions in chunks)
        return new ProductionHome(TaskResource.TaskList.of(inbox.mine()),
                ProductionResource.ProductionPage.of(views.list(null, 0, ProductionHome.PRODUCTIONS)));
    }
}
