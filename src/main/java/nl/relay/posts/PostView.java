package nl.relay.posts;

import java.time.Instant;
import java.util.List;
import nl.relay.community.polls.PollView;
import nl.relay.directory.SectorView;
import nl.relay.posts.attachments.AttachmentView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A post as the API shows it. */
public record PostView(
        long id,
        Person author,
        String body,
        PostKind kind,
        List<String> topics,
        List<String> mentions,
        @Schema(nullable = true) GroupRef group,
        @Schema(nullable = true) ClientRef client,
        @Schema(nullable = true) SectorRef sector,
        @Schema(nullable = true) Long inReplyTo,
        long threadId,
        Instant createdAt,
        @Schema(nullable = true) Instant editedAt,
        boolean deleted,
        int likeCount,
        boolean likedByMe,
        int replyCount,
        @Schema(nullable = true, description = "A signal's type: what changed at the client") SignalType signalType,
        @Schema(description = "The files on the post, oldest first; none on a removed post") List<AttachmentView> attachments,
        @Schema(nullable = true, description = "On a question: the reply its asker (or a manager of its group) "
                + "accepted as the answer; null while the question is open, and on every other post") Long acceptedAnswerId,
        @Schema(description = "This reply is the accepted answer to the question it is in") boolean acceptedAnswer,
        @Schema(nullable = true, description = "A poll's options, your vote and its closing time; null for other kinds "
                + "and for a removed poll") PollView poll,
        @Schema(nullable = true, description = "When a moderator hid the post; only its author sees a hidden post, "
                + "and only they get this") Instant hiddenAt,
        @Schema(nullable = true, description = "Why a moderator hid the post, for its author") String hiddenReason) {

    /**
     * Who wrote a post; {@code former} when they no longer work here (their account is deactivated, perhaps
     * pseudonymised). Views that do not ask say false.
     */
    public record Person(String username, String displayName,
            @Schema(description = "A former colleague: the account is deactivated; the posts stay") boolean former) {

        public Person(String username, String displayName) {
            this(username, displayName, false);
        }
    }

    /** The group a post was written in, and its visibility ("public", or "private": only members read it). */
    public record GroupRef(long id, String name, String visibility) {
    }

    /** The client a post is about. */
    public record ClientRef(long id, String name) {
    }

    /** The sector a post is about. */
    public record SectorRef(String code, String name) {

        static SectorRef of(SectorView sector) {
            return new SectorRef(sector.code(), sector.name());
        }
    }
}
