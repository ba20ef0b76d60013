package dk.mooc.review.config;

import io.smallrye.config.ConfigMapping;

import java.util.Map;
import java.util.Optional;

/**
 * The steering committee's roster: the people the chair can assign to a case, by user name. Configuration
 * (one line per member) so that no service needs to query the identity provider's directory.
 */
@ConfigMapping(prefix = "mooc.committee")
public interface CommitteeConfig {

    Map<String, Member> members();

    interface Member {
        String name();

        String email();

        Optional<String> department();
    }
}
