package dk.mooc.production.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The MediaLab as the production service reaches it: the mailbox that hears of new booking requests. */
@ConfigMapping(prefix = "mooc.medialab")
public interface MediaLabConfig {

    /** Where requests for MediaLab production are mailed. */
    @WithDefault("medialab@example.org")
    String email();
}
