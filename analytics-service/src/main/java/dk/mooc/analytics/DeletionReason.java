package dk.mooc.analytics;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a course's learner data was deleted (docs/analytics.md, "Personal data"). */
@Schema(name = "DeletionReason", description = "Why learner data was deleted: RETENTION (its retention passed), "
        + "ADMINISTRATOR (deleted by an administrator), REPLACED (a whole export replaced it)")
public enum DeletionReason {
    /** The retention period of the course passed: the semesters' figures were kept, their learner rows deleted. */
    RETENTION,
    /** An administrator deleted the course's learner data. */
    ADMINISTRATOR,
    /** A whole export was imported to replace the course's learner data. */
    REPLACED
}
