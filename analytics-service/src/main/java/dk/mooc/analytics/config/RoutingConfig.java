package dk.mooc.analytics.config;

import io.smallrye.config.ConfigMapping;

import java.util.Map;
import java.util.Optional;

/**
 * Where the semester-review mails go: each department's study board (the same addresses as proposal-service's
 * routing). Configuration rather than a directory lookup, so a new department is one line (or environment variable).
 */
@ConfigMapping(prefix = "mooc.routing")
public interface RoutingConfig {

    /** Study-board mailbox per department name, e.g. {@code mooc.routing.study-board."Compute"=...}. */
    Map<String, String> studyBoard();

    default Optional<String> studyBoardOf(String department) {
        return Optional.ofNullable(studyBoard().get(department));
    }
}
