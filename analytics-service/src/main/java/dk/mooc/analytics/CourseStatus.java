package dk.mooc.analytics;

/** A launched course's life after launch; semester reviews extend this. */
public enum CourseStatus {
    /** Running on Coursera. */
    RUNNING
}
