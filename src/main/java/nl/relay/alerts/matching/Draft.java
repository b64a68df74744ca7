package nl.relay.alerts.matching;

import nl.relay.posts.PostKind;

/** A post not yet written, as the composer has it: what its reach preview is asked about. */
public record Draft(String body, PostKind kind, Long groupId, Long clientId, String sectorCode) {
}
