package dk.mooc.analytics;

/** Why a course's learner data was deleted (docs/analytics.md, "Personal data"). */
public enum DeletionReason {
    /** The retention period of the course passed: the semesters' figures were kept, their learner rows deleted. */
    RETENTION,
    /** An administrator deleted the course's learner data. */
    ADMINISTRATOR,
    /** A whole export was imported to replace the course's learner data. */
    REPLACED
}
