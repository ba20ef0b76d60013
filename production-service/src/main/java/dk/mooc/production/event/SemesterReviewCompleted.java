package dk.mooc.production.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * This service's trimmed view of analytics-service's mooc.analytics.semester-review-completed.v1. completedAt is when
 * the study board decided: the business date of a retirement it causes.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SemesterReviewCompleted(UUID reviewId, UUID moocId, String semester, String outcome, String comments,
                                      List<String> actions, OffsetDateTime completedAt) {
}
