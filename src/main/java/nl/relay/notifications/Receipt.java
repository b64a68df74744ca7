package nl.relay.notifications;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * For the author of an addressed post: when one addressee was notified (null until the background job has
 * told them), read it and acknowledged it.
 */
public record Receipt(String username, String displayName, @Schema(nullable = true) Instant notifiedAt,
        @Schema(nullable = true) Instant readAt,
        @Schema(nullable = true) Instant acknowledgedAt) {
}
