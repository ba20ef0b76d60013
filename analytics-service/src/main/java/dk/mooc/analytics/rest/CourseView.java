package dk.mooc.analytics.rest;

import dk.mooc.analytics.CourseStatus;
import dk.mooc.analytics.LaunchedCourse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "LaunchedCourse")
public record CourseView(
        @Schema(example = "6f1c4c1e-2a55-4a43-9a0f-3f6d0b1d8c11") UUID moocId,
        @Schema(example = "Quantum Computing for Engineers") String title,
        @Schema(example = "Compute") String department,
        @Schema(example = "Ida Instructor") String instructorName,
        @Schema(example = "https://www.coursera.org/learn/quantum-computing-for-engineers") String courseraUrl,
        @Schema(example = "2027-09-01") LocalDate launchedOn,
        @Schema(example = "RUNNING") CourseStatus status) {

    static CourseView of(LaunchedCourse c) {
        return new CourseView(c.moocId, c.title, c.department, c.instructorName, c.courseraUrl, c.launchedOn, c.status);
    }
}
