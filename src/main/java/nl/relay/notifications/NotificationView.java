package nl.relay.notifications;

import java.time.Instant;
import nl.relay.posts.PostView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A notification as the API shows it: {@code type} is mention, reply, alert, group, reminder, interest (a colleague
 * is interested in your candidate: the post is your candidate's), match (a new candidate or vacancy, the post, fits
 * your own vacancy or candidate, the related post) or referral (someone was referred to your vacancy: the post is
 * your vacancy's; the person referred is never in a notification), retention (the person behind your candidate or
 * referred to your vacancy, the post, will be anonymised at dueAt; never who); the post, the actor, the alert or the group it
 * is about, when there is one.
 */
public record NotificationView(long id,
        @Schema(enumeration = {
                "mention", "reply", "alert", "group", "reminder", "interest", "match",
                "referral", "retention", "accepted", "question", "praise", "moderation",
                "announcement"}, description = "mention, "
                        + "praise (a colleague thanked you: the post is the praise), reply, alert, group, reminder; "
                        + "interest (in your candidate), match (a new candidate or vacancy fits yours), referral (to "
                        + "your vacancy), retention (the person behind your candidate, or referred to your vacancy, "
                        + "will be anonymised at dueAt); accepted (your reply, the post, was accepted as a question's "
                        + "answer), question (your question, the post, still has no accepted answer), moderation (a "
                        + "moderator hid your post, its hiddenReason says why; or showed it again, when it has none), "
                        + "announcement (must-read, to everyone or a group)") String type,
        @Schema(nullable = true) PostView post,
        @Schema(nullable = true) Actor actor, @Schema(nullable = true) AlertRef alert,
        @Schema(nullable = true) GroupRef group,
        boolean mustRead, Instant createdAt, @Schema(nullable = true) Instant readAt,
        @Schema(nullable = true) Instant acknowledgedAt,
        @Schema(nullable = true, description = "For a match: your own candidate's or vacancy's post that the new "
                + "post fits; for retention your own post again; null for other types") PostView relatedPost,
        @Schema(nullable = true, description = "For retention: when the person(s) will be anonymised") Instant dueAt) {

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
