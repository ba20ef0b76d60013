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
        @Schema(example = "2027-autumn", description = "The semester the course went live in") String launchSemester,
        @Schema(example = "2027-autumn", description = "The semester the proposal planned the launch for") String plannedLaunchSemester,
        @Schema(example = "5000", description = "The proposal's expected enrolments") Integer expectedEnrolments,
        @Schema(example = "true") Boolean newContent,
        @Schema(example = "null") String courseCode,
        @Schema(example = "RUNNING") CourseStatus status) {

    static CourseView of(LaunchedCourse c) {
        return new CourseView(c.moocId, c.title, c.department, c.instructorName, c.courseraUrl, c.launchedOn,
                c.launchSemester().toString(), c.plannedLaunchSemester, c.expectedEnrolments, c.newContent, c.courseCode,
                c.status);
    }
}
