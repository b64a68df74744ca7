package nl.relay.alerts;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An alert as the API shows it: a person's own ({@code owner}) or a team alert ({@code group}); its
 * private Atom feed's address; whether the reader may change it; how many posts it matched.
 */
public record AlertView(long id, String name, String query, String frequency, List<String> channels,
        @Schema(nullable = true) Owner owner,
        @Schema(nullable = true) GroupRef group, String feedUrl, boolean mayManage, long matchCount, Instant createdAt,
        Instant changedAt) {

    /** The person a personal alert belongs to. */
    public record Owner(String username, String displayName) {
    }

    /** The group whose members a team alert tells. */
    public record GroupRef(long id, String name) {
    }
}
