package nl.relay.notifications;

import java.time.Instant;
import nl.relay.posts.PostView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A notification as the API shows it: {@code type} is mention, reply, alert, group or reminder; the post
 * (a mention, reply or reminder), the actor, the alert or the group it is about, when there is one.
 */
public record NotificationView(long id, String type, @Schema(nullable = true) PostView post,
        @Schema(nullable = true) Actor actor, @Schema(nullable = true) AlertRef alert,
        @Schema(nullable = true) GroupRef group,
        boolean mustRead, Instant createdAt, @Schema(nullable = true) Instant readAt,
        @Schema(nullable = true) Instant acknowledgedAt) {

    /** Who did what the notification tells about. */
    public record Actor(String username, String displayName) {
    }

    /**
     * The alert that matched: for an instant alert the post is the match; a daily or weekly alert's summary
     * has no post and says how many posts matched in its period.
     */
    public record AlertRef(long id, String name, @Schema(nullable = true) Integer matchCount) {
    }

    /** The group a request ("join-request", to its managers) or an approval ("admitted") was about. */
    public record GroupRef(long id, String name, String event) {
    }
}
