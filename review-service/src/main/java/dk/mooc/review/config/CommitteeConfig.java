package dk.mooc.review.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Map;
import java.util.Optional;

/**
 * The steering committee's roster: the people the chair can assign to a case, by user name. Configuration
 * (one line per member) so that no service needs to query the identity provider's directory.
 */
@ConfigMapping(prefix = "mooc.committee")
public interface CommitteeConfig {

    Map<String, Member> members();

    /**
     * The assessments a decision needs. The chair may decide with fewer (a member fell ill, the case is urgent) but
     * must say why; the reason is recorded in the case's history.
     */
    @WithDefault("2")
    int quorum();

    interface Member {
        String name();

        String email();

        Optional<String> department();
    }
}
