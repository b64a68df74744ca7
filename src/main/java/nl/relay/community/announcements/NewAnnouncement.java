package nl.relay.community.announcements;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an admin or the communications role sends to announce something. */
public record NewAnnouncement(
        @NotNull @Schema(description = "The text, by the same rules as a post's (1 to 5,000 characters)") String body,
        @Schema(nullable = true, description = "The group it goes to (its members at the time of posting); left out: "
                + "everyone") Long groupId,
        @Schema(nullable = true, description = "No longer pinned from this moment on; in the future, at most a year "
                + "ahead. Left out: pinned until acknowledged") Instant expiresAt) {
}
