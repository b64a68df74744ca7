package nl.relay.posts;

import jakarta.validation.constraints.NotNull;

/** What a person sends to publish a post. Ids, author and times are never the client's to set. */
public record NewPost(@NotNull String body, PostKind kind, Long groupId, Long clientId, String sectorCode,
        Long inReplyTo, SignalType signalType) {

    /** A post that is no client signal. */
    public NewPost(String body, PostKind kind, Long groupId, Long clientId, String sectorCode, Long inReplyTo) {
        this(body, kind, groupId, clientId, sectorCode, inReplyTo, null);
    }
}
