package nl.relay.community.announcements;

import nl.relay.platform.outbox.OutboxMessage;

/**
 * Outbox message: write the next batch of an announcement's audience, the accounts with an id above
 * {@code afterAccountId}. Each batch records the next one, so a large audience is one short step at a time.
 */
public record AnnouncementFanOut(long postId, long afterAccountId) implements OutboxMessage {

    @Override
    public long subjectId() {
        return postId;
    }
}
