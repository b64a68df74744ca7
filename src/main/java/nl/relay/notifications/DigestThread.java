package nl.relay.notifications;

/** A busy thread among the people and topics someone follows, for their digest. */
public record DigestThread(String authorName, String excerpt, long replies, String link) {
}
