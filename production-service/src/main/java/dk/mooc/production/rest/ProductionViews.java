package dk.mooc.production.rest;

import dk.mooc.platform.web.InList;
import dk.mooc.platform.web.PageResponse;
import dk.mooc.platform.web.Timestamps;
import dk.mooc.platform.web.Versions;
import dk.mooc.production.FeedbackRound;
import dk.mooc.production.MaintenanceTask;
import dk.mooc.production.Milestone;
import dk.mooc.production.Production;
import dk.mooc.production.QaGate;
import dk.mooc.production.rest.ProductionView.OpenMilestone;
import dk.mooc.production.service.LaunchService;
import dk.mooc.production.service.ProductionAccess;
import dk.mooc.production.service.ProductionService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Assembles what the API answers about productions; every write answers the whole production with its ETag. */
@RequestScoped
public class ProductionViews {

    private static final ZoneId CAMPUS = ZoneId.of("Europe/Copenhagen");

    @Inject
    ProductionService productions;

    @Inject
    LaunchService launches;

    @Inject
    ProductionAccess access;

    public Response respond(Production p) {
        return Response.ok(full(p)).tag(Versions.etag(p.version)).build();
    }

    /** A production as read by id with its parts (one statement: {@link ProductionService#show}). */
    public Response respond(Production.WithParts read) {
        Production p = read.production();
        return Response.ok(full(p, read.rounds(), read.milestones(), read.maintenanceTasks()))
                .tag(Versions.etag(p.version)).build();
    }

    public ProductionView full(Production p) {
        return full(p, productions.rounds(p.moocId), productions.milestones(p), launches.maintenanceTasks(p.moocId));
    }

    private ProductionView full(Production p, List<FeedbackRound> rounds, List<Milestone> milestones,
                                List<MaintenanceTask> maintenanceTasks) {
        // the plan and the rounds read once: permissions and gates both need them
        ProductionView.Details d = new ProductionView.Details(access.permissions(p, rounds),
                milestones, QaGate.evaluate(p, milestones, rounds), maintenanceTasks, today(),
                m -> access.milestonePermissions(p, m));
        return ProductionView.of(p, milestones, d, today());
    }

    /** A page of listProductions, as it answers it; getMyProductionHome answers its first page the same way. */
    public PageResponse<ProductionView> list(UUID moocId, int page, int size) {
        return page(productions.list(moocId, page, size));
    }

    /**
     * One query for the page's milestones rather than one per production, and of them only what a row shows: the
     * milestones not done, five columns each, not the whole plans as entities (29 % of a list's CPU before).
     */
    public PageResponse<ProductionView> page(PageResponse<Production> page) {
        List<UUID> ids = page.items().stream().map(p -> p.moocId).toList();
        Map<UUID, List<OpenMilestone>> byMooc = ids.isEmpty() ? Map.of()
                : InList.of("select m.moocId, m.key, m.name, m.dueDate, m.position from Milestone m"
                                + " where m.moocId in :ids and m.status <> :done",
                        Map.of("ids", ids, "done", Milestone.Status.DONE))
                        .list(OpenMilestone.class).stream().collect(Collectors.groupingBy(OpenMilestone::moocId));
        return page.map(p -> ProductionView.summary(p, byMooc.getOrDefault(p.moocId, List.of()), today()));
    }

    static LocalDate today() {
        return Timestamps.now().atZoneSameInstant(CAMPUS).toLocalDate();
    }
}
