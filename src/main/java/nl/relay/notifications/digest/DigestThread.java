package nl.relay.notifications.digest;

/** A busy thread among the people and topics someone follows, for their digest. */
public record DigestThread(String authorName, String excerpt, long replies, String link) {
}
