package dk.mooc.analytics.rest;

import dk.mooc.analytics.CourseStatus;
import dk.mooc.analytics.LaunchedCourse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "LaunchedCourse", description = "A MOOC running on Coursera (or retired from it)")
public record CourseView(
        @Schema(description = "The MOOC's id, the same in every service", example = "6f1c4c1e-2a55-4a43-9a0f-3f6d0b1d8c11")
        UUID moocId,
        @Schema(description = "The MOOC's title as its proposal names it", example = "Quantum Computing for Engineers")
        String title,
        @Schema(description = "The department that owns the MOOC", example = "Compute") String department,
        @Schema(description = "The name of the instructor responsible for the MOOC", example = "Ida Instructor")
        String instructorName,
        @Schema(description = "The course's page on Coursera",
                example = "https://www.coursera.org/learn/quantum-computing-for-engineers") String courseraUrl,
        @Schema(description = "The day the course opened to learners", example = "2027-09-01") LocalDate launchedOn,
        @Schema(example = "2027-autumn", description = "The semester the course went live in") String launchSemester,
        @Schema(example = "2027-autumn", description = "The semester the proposal planned the launch for") String plannedLaunchSemester,
        @Schema(example = "5000", description = "The proposal's expected enrolments") Integer expectedEnrolments,
        @Schema(description = "New content rather than building on an existing course", example = "true") Boolean newContent,
        @Schema(description = "The existing course it builds on; null for new content", nullable = true) String courseCode,
        @Schema(example = "RUNNING") CourseStatus status) {

    static CourseView of(LaunchedCourse c) {
        return new CourseView(c.moocId, c.title, c.department, c.instructorName, c.courseraUrl, c.launchedOn,
                c.launchSemester().toString(), c.plannedLaunchSemester, c.expectedEnrolments, c.newContent, c.courseCode,
                c.status);
    }
}
