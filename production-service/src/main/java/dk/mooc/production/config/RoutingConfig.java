package dk.mooc.production.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Map;
import java.util.Optional;

/**
 * Where production's e-mails go besides the team: the LearningLab, MediaLab and each department's study board
 * (the same keys as proposal-service's, so one environment configures both).
 */
@ConfigMapping(prefix = "mooc.routing")
public interface RoutingConfig {

    /** The LearningLab's mailbox: reminders for consultant milestones of a MOOC without a consultant on its team. */
    String learninglab();

    /** MediaLab's mailbox: video milestones and booking requests. */
    @WithDefault("medialab@example.org")
    String medialab();

    /** Study-board mailbox per department name, e.g. {@code mooc.routing.study-board."Compute"=...}. */
    Map<String, String> studyBoard();

    default Optional<String> studyBoardOf(String department) {
        return Optional.ofNullable(studyBoard().get(department));
    }
}
