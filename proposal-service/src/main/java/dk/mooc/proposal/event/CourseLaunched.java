package dk.mooc.proposal.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** What proposal-service reads from {@code mooc.course.launched.v1} (tolerant reader). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CourseLaunched(String moocId, String courseUrl, LocalDate launchDate, OffsetDateTime launchedAt) {
}
