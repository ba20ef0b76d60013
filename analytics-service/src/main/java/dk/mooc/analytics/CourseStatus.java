package dk.mooc.analytics;

/** A launched course's life after launch. */
public enum CourseStatus {
    /** Running on Coursera. */
    RUNNING,
    /** The study board's semester review decided to retire it; it gets no further semester reviews. */
    RETIRED
}
