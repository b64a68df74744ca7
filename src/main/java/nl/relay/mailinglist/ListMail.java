package nl.relay.mailinglist;

import nl.relay.platform.outbox.OutboxMessage;

/** Outbox message: mail this post to this subscriber of its group or topic (if it should still go). */
public record ListMail(long postId, long accountId) implements OutboxMessage {

    @Override
    public long subjectId() {
        return postId;
    }
}
