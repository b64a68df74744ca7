package nl.relay.posts;

import jakarta.validation.constraints.NotNull;

/** What a person sends to publish a post. Ids, author and times are never the client's to set. */
public record NewPost(@NotNull String body, PostKind kind, Long groupId, Long clientId, String sectorCode,
        Long inReplyTo) {
}
