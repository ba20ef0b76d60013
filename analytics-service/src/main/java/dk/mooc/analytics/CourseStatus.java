package dk.mooc.analytics;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A launched course's life after launch. */
@Schema(name = "CourseStatus", description = "RUNNING on Coursera, or RETIRED by a semester review")
public enum CourseStatus {
    /** Running on Coursera. */
    RUNNING,
    /** The study board's semester review decided to retire it; it gets no further semester reviews. */
    RETIRED
}
