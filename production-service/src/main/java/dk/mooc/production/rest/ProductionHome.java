package dk.mooc.production.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The caller's production tasks with their first page of productions (GET /home): the SPA's home page reads them in
 * one request instead of one per part. Each part is exactly what its own operation answers the same caller.
 */
@Schema(name = "ProductionHome", description = "The caller's production tasks and their first page of productions, "
        + "each as its own operation answers it")
public record ProductionHome(
        @Schema(description = "As listMyProductionTasks answers it", required = true) TaskResource.TaskList tasks,
        @Schema(description = "As listProductions answers its first page of " + ProductionHome.PRODUCTIONS
                + " (the newest productions), without a moocId filter", required = true)
        ProductionResource.ProductionPage productions) {

    /** The productions the home holds: the first page of listProductions at its default size, as the home lists them. */
    static final int PRODUCTIONS = 20;
}
