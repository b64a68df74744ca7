package nl.relay.posts.archive;

import java.time.Instant;
import java.util.List;

/**
 * One line of the legal archive: a post as it was written, every version of its text, who liked it and whether,
 * when and by whom it was removed, and the erasures that took a person's details out of it. Its field names are the archive's format (see the README, "Legal archive").
 */
public record ArchivedPost(long id, Author author, String kind, Group group, Long clientId, String sectorCode,
        String signalType, Instant createdAt, Long inReplyTo, long threadId, List<Version> versions, Instant editedAt,
        boolean removed, Instant removedAt, Author removedBy, List<Like> likes, List<Erasure> erasures) {

    public record Author(String username, String displayName) {
    }

    public record Group(long id, String name) {
    }

    /** One version of the text: the first was written when the post was created, each later one by an edit. */
    public record Version(String body, Instant writtenAt) {
    }

    public record Like(String username, Instant likedAt) {
    }

    /**
     * An erasure on request that rewrote this post: its text and every version no longer hold the erased person's
     * name, email or phone (each became "[gewist]"); which erasure, and when.
     */
    public record Erasure(long erasureId, Instant erasedAt) {
    }
}
