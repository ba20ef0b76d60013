package dk.mooc.analytics.rest;

import dk.mooc.analytics.PortfolioEvent;
import dk.mooc.analytics.PortfolioMooc;
import dk.mooc.analytics.PortfolioStage;
import dk.mooc.analytics.TimelineCode;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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
    @Operation(operationId = "getPortfolio", summary = "The programme portfolio",
            description = "Roles: committee, admin. Every MOOC by stage (proposal, review, production, launched, retired, "
                    + "withdrawn, rejected), per department the MOOCs by stage and the resources committed (approved MOOCs) "
                    + "and requested (under review), and per MOOC its schedule slip. Built from all services' events. "
                    + "Not paged: one overview of the programme; one MOOC: GET /portfolio/{moocId}/timeline.")
    @APIResponse(responseCode = "200", description = "The portfolio")
    @APIResponse(responseCode = "400", description = "department is too long or not one line",
            content = @Content(mediaType = ApiDocs.PROBLEM))
    public PortfolioView get(@Parameter(description = "Only this department's MOOCs", example = "Compute")
                             @QueryParam("department") @Size(max = 100) @SingleLine String department) {
        PortfolioService.Overview o = portfolio.overview(department == null || department.isBlank() ? null : department);
        return new PortfolioView(o.byStage(), o.departments(), o.moocs().stream().map(MoocView::of).toList());
    }

    @GET
    @Path("/{moocId}/timeline")
    @RolesAllowed({Roles.COMMITTEE, Roles.ADMIN})
    @Operation(operationId = "getMoocTimeline", summary = "A MOOC's end-to-end timeline",
            description = "Roles: committee, admin. Every event of the MOOC from proposal-service, review-service, "
                    + "production-service and analytics-service, by the business date each happened on (a launch on its "
                    + "launch date, not when it was recorded), then by when it was recorded. Each entry is a code with "
                    + "parameters, worded in the reader's language.")
    @APIResponse(responseCode = "200", description = "The MOOC and its events")
    @APIResponse(responseCode = "404", description = "No such MOOC in the portfolio",
            content = @Content(mediaType = ApiDocs.PROBLEM))
    public TimelineView timeline(@Parameter(description = ApiDocs.MOOC_ID, example = ApiDocs.MOOC_ID_EXAMPLE)
                                 @PathParam("moocId") UUID moocId) {
        PortfolioMooc m = portfolio.mooc(moocId);
        return new TimelineView(MoocView.of(m), portfolio.timeline(moocId).stream().map(EntryView::of).toList());
    }

    @Schema(name = "Portfolio", description = "Every MOOC of the programme by stage, per department and one by one")
    public record PortfolioView(@Schema(description = "MOOCs per stage",
                                        example = "{\"PROPOSAL\": 3, \"REVIEW\": 1, \"PRODUCTION\": 2, \"LAUNCHED\": 4}")
                                Map<PortfolioStage, Integer> byStage,
                                @Schema(description = "Per department: MOOCs by stage, resources committed and requested")
                                List<PortfolioService.Department> departments,
                                @Schema(description = "Every MOOC") List<MoocView> moocs) {
    }

    @Schema(name = "PortfolioMooc", description = "One MOOC as the portfolio shows it")
    public record MoocView(@Schema(example = "6f1c4c1e-2a55-4a43-9a0f-3f6d0b1d8c11") UUID moocId,
                           @Schema(description = "The title its proposal gives; null until an event named it",
                                   example = "Quantum Computing for Engineers") String title,
                           @Schema(description = "The department that owns the MOOC; null until an event named it",
                                   example = "Compute") String department,
                           @Schema(description = "The instructor's name as the proposal lists it; null until an event "
                                   + "named it", example = "Ida Instructor") String instructorName,
                           @Schema(example = "PRODUCTION") PortfolioStage stage,
                           @Schema(description = "When it reached the stage", example = "2026-12-10T14:03:00Z")
                           OffsetDateTime stageSince,
                           @Schema(description = "The semester the proposal plans the launch for, YYYY-spring or "
                                   + "YYYY-autumn; null when it names none", example = "2027-autumn")
                           String plannedLaunchSemester,
                           @Schema(description = "The proposal's expected enrolments", example = "5000")
                           Integer expectedEnrolments,
                           @Schema(description = "The MOOC's staff hours, assistants and video budget") PortfolioService.Resources resources,
                           @Schema(description = "null until launched", example = "2027-09-01") LocalDate launchDate,
                           @Schema(description = "The course's page on Coursera; null until launched",
                                   example = "https://www.coursera.org/learn/quantum-computing-for-engineers") String courseUrl,
                           @Schema(description = "Days between the planned launch semester's start (1 Feb / 1 Sep) and the "
                                   + "launch; positive is late", example = "14") Long launchSlipDays,
                           @Schema(description = "Milestones that went overdue", example = "1") int overdueMilestones,
                           @Schema(description = "The most days a milestone was overdue", example = "3") int maxDaysOverdue,
                           @Schema(description = "The time of the MOOC's latest event", example = "2027-04-16T08:00:00Z")
                           OffsetDateTime lastEventAt) {
        static MoocView of(PortfolioMooc m) {
            return new MoocView(m.moocId, m.title, m.department, m.instructorName, m.stage, m.stageAt,
                    m.plannedLaunchSemester, m.expectedEnrolments,
                    new PortfolioService.Resources(m.staffHours == null ? 0 : m.staffHours,
                            m.assistants == null ? 0 : m.assistants, m.videoBudgetDkk == null ? 0 : m.videoBudgetDkk),
                    m.launchDate, m.courseUrl, m.launchSlipDays(), m.overdueMilestones, m.maxDaysOverdue, m.lastEventAt);
        }
    }

    @Schema(name = "PortfolioTimeline", description = "One MOOC and every event of it, oldest first")
    public record TimelineView(MoocView mooc, @Schema(description = "The events, oldest first") List<EntryView> events) {
    }

    @Schema(name = "TimelineEntry", description = "One event in a MOOC's timeline")
    public record EntryView(@Schema(description = "The business date it happened on, in Copenhagen: a launch's launch "
                                    + "date, a decision's day; the day it was recorded only when the event carries no "
                                    + "date of its own", example = "2026-12-10") LocalDate occurredOn,
                            @Schema(description = "When the event was recorded (its CloudEvents time)",
                                    example = "2026-12-10T14:03:00Z") OffsetDateTime recordedAt,
                            @Schema(description = "The service it came from", example = "review") String service,
                            @Schema(description = "The event's type", example = "mooc.review.decided.v1") String type,
                            @Schema(description = "What happened", example = "REVIEW_DECIDED") TimelineCode code,
                            @Schema(description = "The values the code's wording needs, all strings (see "
                                    + "TimelineEventCode)", example = "{\"decision\": \"APPROVED\", \"round\": \"1\"}")
                            Map<String, String> params) {
        static EntryView of(PortfolioEvent e) {
            return new EntryView(e.occurredOn, e.occurredAt, e.service, e.eventType, e.code,
                    e.params == null ? Map.of() : e.params);
        }
    }
}
