package nl.relay.feeds;

/** Someone stopped following a topic (fired in the transaction that did it, for what followed from following). */
public record TopicUnfollowed(long accountId, String topic) {
}
