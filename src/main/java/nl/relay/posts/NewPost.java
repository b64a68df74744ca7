package nl.relay.posts;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import nl.relay.community.polls.NewPoll;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a person sends to publish a post. Ids, author and times are never the client's to set. */
public record NewPost(@NotNull String body, PostKind kind, Long groupId, Long clientId, String sectorCode,
        Long inReplyTo, SignalType signalType,
        @Schema(nullable = true, description = "Files uploaded beforehand (POST /api/attachments) by you and on no "
                + "post yet, to put on this one") List<@NotNull Long> attachmentIds,
        @Schema(nullable = true, description = "Only and always for kind poll: its options and closing time; the "
                + "body is the question") NewPoll poll) {

    /** A post that is no poll. */
    public NewPost(String body, PostKind kind, Long groupId, Long clientId, String sectorCode, Long inReplyTo,
            SignalType signalType, List<Long> attachmentIds) {
        this(body, kind, groupId, clientId, sectorCode, inReplyTo, signalType, attachmentIds, null);
    }

    /** A post without files uploaded beforehand. */
    public NewPost(String body, PostKind kind, Long groupId, Long clientId, String sectorCode, Long inReplyTo,
            SignalType signalType) {
        this(body, kind, groupId, clientId, sectorCode, inReplyTo, signalType, null, null);
    }

    /** A post that is no client signal. */
    public NewPost(String body, PostKind kind, Long groupId, Long clientId, String sectorCode, Long inReplyTo) {
        this(body, kind, groupId, clientId, sectorCode, inReplyTo, null, null, null);
    }

    /**
     * Whether this is a recruiter's kind of post: candidates and vacancies are offered by recruiters (structured,
     * at /api/candidates and /api/vacancies, or as a quick labelled post); employees may not post them.
     */
    public boolean isRecruitersKind() {
        return kind == PostKind.CANDIDATE || kind == PostKind.VACANCY;
    }
}
