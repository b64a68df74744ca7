package nl.relay.groups;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A group as the API shows it. {@code memberCount} is null for a private group the reader is not in
 * (its members are its own business); {@code myRole} is "owner", "admin", "member", "requested" or null.
 */
public record GroupView(long id, String name, String description, String visibility,
        @Schema(nullable = true) Long memberCount,
        @Schema(nullable = true) String myRole, boolean archived, Instant createdAt) {
}
