package nl.relay.notifications;

import java.time.Instant;
import nl.relay.posts.PostView;

/**
 * A notification as the API shows it: {@code type} is mention, reply, alert, group or reminder; the post
 * (a mention, reply or reminder), the actor, the alert or the group it is about, when there is one.
 */
public record NotificationView(long id, String type, PostView post, Actor actor, AlertRef alert, GroupRef group,
        boolean mustRead, Instant createdAt, Instant readAt, Instant acknowledgedAt) {

    /** Who did what the notification tells about. */
    public record Actor(String username, String displayName) {
    }

    /**
     * The alert that matched: for an instant alert the post is the match; a daily or weekly alert's summary
     * has no post and says how many posts matched in its period.
     */
    public record AlertRef(long id, String name, Integer matchCount) {
    }

    /** The group a request ("join-request", to its managers) or an approval ("admitted") was about. */
    public record GroupRef(long id, String name, String event) {
    }
}
