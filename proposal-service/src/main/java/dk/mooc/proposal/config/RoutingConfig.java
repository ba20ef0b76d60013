package dk.mooc.proposal.config;

import io.smallrye.config.ConfigMapping;

import java.util.Map;
import java.util.Optional;

/**
 * Where hand-off e-mails go: the LearningLab's shared mailbox, each department's study board and head.
 * Configuration rather than a directory lookup, so a new department is one line (or environment variable).
 */
@ConfigMapping(prefix = "mooc.routing")
public interface RoutingConfig {

    /** The LearningLab's mailbox: consultation requests land here. */
    String learninglab();

    /** Study-board mailbox per department name, e.g. {@code mooc.routing.study-board."Compute"=...}. */
    Map<String, String> studyBoard();

    /** Head of Department per department name. */
    Map<String, String> head();

    default Optional<String> studyBoardOf(String department) {
        return Optional.ofNullable(studyBoard().get(department));
    }

    default Optional<String> headOf(String department) {
        return Optional.ofNullable(head().get(department));
    }
}
