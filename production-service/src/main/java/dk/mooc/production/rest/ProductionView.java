package dk.mooc.production.rest;

import dk.mooc.production.Milestone;
import dk.mooc.production.Production;
import dk.mooc.production.ProductionStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A production as the API shows it; {@code milestones} only when one production is read. */
@Schema(name = "Production")
public record ProductionView(
        @Schema(example = "6f1c4c1e-2a55-4a43-9a0f-3f6d0b1d8c11") UUID moocId,
        @Schema(example = "Quantum Computing for Engineers") String title,
        @Schema(example = "Compute") String department,
        @Schema(example = "Ida Instructor") String instructorName,
        @Schema(example = "PLANNING") ProductionStatus status,
        OffsetDateTime startedAt,
        @Schema(example = "2026-12-10") LocalDate approvedOn,
        @Schema(example = "true") boolean newContent,
        @Schema(example = "2027-autumn") String plannedLaunchSemester,
        @Schema(example = "35000") Integer videoBudgetDkk,
        OffsetDateTime baselineAgreedAt,
        @Schema(description = "Optimistic-locking version; also the ETag", example = "0") long version,
        List<MilestoneView> milestones) {

    @Schema(name = "Milestone")
    public record MilestoneView(@Schema(example = "PILOT_MODULE") String key, @Schema(example = "Pilot module") String name,
                                @Schema(example = "INSTRUCTOR") Milestone.Owner owner, int durationDays,
                                List<String> dependsOn, boolean mandatory, LocalDate dueDate, LocalDate baselineDueDate,
                                @Schema(description = "Days late against the baseline; null before a baseline") Long slipDays,
                                @Schema(description = "A new due date proposed because a predecessor slipped")
                                LocalDate proposedDueDate,
                                Milestone.Status status, LocalDate doneOn) {
        static MilestoneView of(Milestone m) {
            return new MilestoneView(m.key, m.name, m.owner, m.durationDays, m.predecessors(), m.mandatory, m.dueDate,
                    m.baselineDueDate, m.slipDays(), m.proposedDueDate, m.status, m.doneOn);
        }
    }

    static ProductionView of(Production p, List<Milestone> milestones) {
        return new ProductionView(p.moocId, p.title, p.department, p.instructorName, p.status, p.startedAt, p.approvedOn,
                p.newContent, p.plannedLaunchSemester, p.videoBudgetDkk, p.baselineAgreedAt, p.version,
                milestones == null ? null : milestones.stream().map(MilestoneView::of).toList());
    }
}
