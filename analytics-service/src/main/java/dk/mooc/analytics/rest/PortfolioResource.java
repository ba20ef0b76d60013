package dk.mooc.analytics.rest;

import dk.mooc.analytics.PortfolioEvent;
import dk.mooc.analytics.PortfolioMooc;
import dk.mooc.analytics.PortfolioStage;
import dk.mooc.analytics.service.PortfolioService;
import dk.mooc.platform.security.Roles;
import dk.mooc.platform.web.SingleLine;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** HTTP only: the programme portfolio built from all services' events. */
@Path("/portfolio")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Portfolio", description = "Every MOOC of the programme by stage, resources per department, slip and timelines")
public class PortfolioResource {

    @Inject
    PortfolioService portfolio;

    @GET
    @RolesAllowed({Roles.COMMITTEE, Roles.ADMIN})
    @Operation(summary = "The programme portfolio",
            description = "Roles: committee, admin. Every MOOC by stage (proposal, review, production, launched, retired, "
                    + "withdrawn, rejected), per department the MOOCs by stage and the resources committed (approved MOOCs) "
                    + "and requested (under review), and per MOOC its schedule slip. Built from all services' events.")
    @APIResponse(responseCode = "200", description = "The portfolio")
    public PortfolioView get(@QueryParam("department") @Size(max = 100) @SingleLine String department) {
        PortfolioService.Overview o = portfolio.overview(department == null || department.isBlank() ? null : department);
        return new PortfolioView(o.byStage(), o.departments(), o.moocs().stream().map(MoocView::of).toList());
    }

    @GET
    @Path("/{moocId}/timeline")
    @RolesAllowed({Roles.COMMITTEE, Roles.ADMIN})
    @Operation(summary = "A MOOC's end-to-end timeline",
            description = "Roles: committee, admin. Every event of the MOOC from proposal-service, review-service, "
                    + "production-service and analytics-service, oldest first.")
    @APIResponse(responseCode = "404", description = "No such MOOC in the portfolio",
            content = @Content(mediaType = "application/problem+json"))
    public TimelineView timeline(@PathParam("moocId") UUID moocId) {
        PortfolioMooc m = portfolio.mooc(moocId);
        return new TimelineView(MoocView.of(m), portfolio.timeline(moocId).stream().map(EntryView::of).toList());
    }

    @Schema(name = "Portfolio")
    public record PortfolioView(@Schema(example = "{\"PROPOSAL\": 3, \"REVIEW\": 1, \"PRODUCTION\": 2, \"LAUNCHED\": 4}")
                                Map<PortfolioStage, Integer> byStage,
                                List<PortfolioService.Department> departments, List<MoocView> moocs) {
    }

    @Schema(name = "PortfolioMooc")
    public record MoocView(UUID moocId, @Schema(example = "Quantum Computing for Engineers") String title,
                           @Schema(example = "Compute") String department,
                           @Schema(example = "Ida Instructor") String instructorName,
                           @Schema(example = "PRODUCTION") PortfolioStage stage, OffsetDateTime stageSince,
                           @Schema(example = "2027-autumn") String plannedLaunchSemester,
                           @Schema(example = "5000") Integer expectedEnrolments,
                           PortfolioService.Resources resources, LocalDate launchDate, String courseUrl,
                           @Schema(description = "Days between the planned launch semester's start (1 Feb / 1 Sep) and the "
                                   + "launch; positive is late", example = "14") Long launchSlipDays,
                           @Schema(description = "Milestones that went overdue", example = "1") int overdueMilestones,
                           @Schema(example = "3") int maxDaysOverdue, OffsetDateTime lastEventAt) {
        static MoocView of(PortfolioMooc m) {
            return new MoocView(m.moocId, m.title, m.department, m.instructorName, m.stage, m.stageAt,
                    m.plannedLaunchSemester, m.expectedEnrolments,
                    new PortfolioService.Resources(m.staffHours == null ? 0 : m.staffHours,
                            m.assistants == null ? 0 : m.assistants, m.videoBudgetDkk == null ? 0 : m.videoBudgetDkk),
                    m.launchDate, m.courseUrl, m.launchSlipDays(), m.overdueMilestones, m.maxDaysOverdue, m.lastEventAt);
        }
    }

    @Schema(name = "PortfolioTimeline")
    public record TimelineView(MoocView mooc, List<EntryView> events) {
    }

    @Schema(name = "TimelineEntry")
    public record EntryView(OffsetDateTime occurredAt, @Schema(example = "review") String service,
                            @Schema(example = "mooc.review.decided.v1") String type,
                            @Schema(example = "Steering committee decided: approved") String summary) {
        static EntryView of(PortfolioEvent e) {
            return new EntryView(e.occurredAt, e.service, e.eventType, e.summary);
        }
    }
}
