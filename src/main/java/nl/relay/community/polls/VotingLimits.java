package nl.relay.community.polls;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How often one person may vote (or take a vote back), counted across every instance. */
@ConfigMapping(prefix = "relay.limits")
public interface VotingLimits {

    /** Votes and withdrawals per person per minute; the one over it is refused with 429 and Retry-After. */
    @WithDefault("60")
    int votes();
}
