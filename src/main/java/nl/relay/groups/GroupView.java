package nl.relay.groups;

import java.time.Instant;

/**
 * A group as the API shows it. {@code memberCount} is null for a private group the reader is not in
 * (its members are its own business); {@code myRole} is "owner", "admin", "member", "requested" or null.
 */
public record GroupView(long id, String name, String description, String visibility, Long memberCount,
        String myRole, boolean archived, Instant createdAt) {
}
