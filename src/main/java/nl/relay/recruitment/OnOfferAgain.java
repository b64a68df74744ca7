package nl.relay.recruitment;

import nl.relay.platform.outbox.OutboxMessage;

/**
 * Outbox message: a candidate or vacancy whose fits may have changed, by the post that shows it: it is on offer
 * again (a candidate available once more, a vacancy open again) or its profile changed while on offer. The owners of
 * what fits it now are told, each at most once for the pair.
 */
public record OnOfferAgain(long postId) implements OutboxMessage {

    @Override
    public long subjectId() {
        return postId;
    }
}
