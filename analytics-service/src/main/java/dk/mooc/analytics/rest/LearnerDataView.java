package dk.mooc.analytics.rest;

import dk.mooc.analytics.DeletionReason;
import dk.mooc.analytics.LearnerDataDeletion;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What the service keeps of a course's learners, for how long, and what was deleted (docs/analytics.md, "Personal data"). */
@Schema(name = "LearnerData", description = "A course's learner data: retention, what is stored, what was deleted")
public record LearnerDataView(
        @Schema(example = "6f1c4c1e-2a55-4a43-9a0f-3f6d0b1d8c11") UUID moocId,
        @Schema(example = "36", description = "Months learner rows are kept after the end of the semester they are dated in")
        int retentionMonths,
        @Schema(example = "false", description = "Whether that is the service's default (the course has no retention of its own)")
        boolean defaultRetention,
        @Schema(example = "2025-07-01T00:00:00Z", description = "Every learner row dated before this is deleted; null when"
                + " none is") OffsetDateTime deletedBefore,
        @Schema(example = "2027-09-01T10:15:00Z", description = "The time of the oldest learner row stored; null without rows")
        OffsetDateTime oldestRow,
        @Schema(example = "2031-01-01", description = "The day the oldest stored semester's rows pass the retention and"
                + " are deleted (its figures are kept); null without rows") LocalDate nextDeletion,
        @Schema(description = "Rows stored per export table") List<ExportResource.TableRows> rows,
        @Schema(description = "Semesters whose learner rows are deleted and whose figures (KPIs) are kept",
                example = "[\"2027-autumn\"]") List<String> semestersKept,
        @Schema(description = "The deletions of the course's learner data, newest first") List<Deletion> deletions) {

    @Schema(name = "LearnerDataDeletion")
    public record Deletion(
            @Schema(example = "RETENTION") DeletionReason reason,
            @Schema(example = "2028-01-01T00:00:00Z", description = "Rows dated before this were deleted; null: all")
            OffsetDateTime deletedBefore,
            @Schema(description = "Learner rows deleted, over all export tables", example = "18211") long rowsDeleted,
            @Schema(example = "1", description = "Semesters whose figures this deletion kept") int semestersKept,
            @Schema(example = "true", description = "false when an administrator discarded the figures too")
            boolean aggregatesKept,
            @Schema(example = "retention", description = "The administrator, the importer, or retention") String deletedBy,
            @Schema(example = "2031-01-01T03:00:00Z") OffsetDateTime deletedAt) {

        static Deletion of(LearnerDataDeletion d) {
            return new Deletion(d.reason, d.deletedBefore, d.rowsDeleted, d.semestersKept, d.aggregatesKept, d.deletedBy,
                    d.deletedAt);
        }
    }

    /** The retention to set: months, or null for the service's default. */
    @Schema(name = "LearnerDataRetention")
    public record Retention(
            @Schema(example = "24", minimum = "12", maximum = "120", nullable = true, description = "Months learner rows"
                    + " are kept after the end of the semester they are dated in (12-120); null: the service's default")
            Integer months) {
    }
}
