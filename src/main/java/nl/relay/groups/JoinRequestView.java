package nl.relay.groups;

import java.time.Instant;

/** Someone waiting to be let into a private group. */
public record JoinRequestView(String username, String displayName, Instant requestedAt) {
}
