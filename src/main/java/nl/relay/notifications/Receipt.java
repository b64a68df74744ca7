package nl.relay.notifications;

import java.time.Instant;

/** For the author of an addressed post: when one addressee was notified, read it and acknowledged it. */
public record Receipt(String username, String displayName, Instant notifiedAt, Instant readAt,
        Instant acknowledgedAt) {
}
