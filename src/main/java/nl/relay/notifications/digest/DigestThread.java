package nl.relay.notifications.digest;

import nl.relay.notifications.mail.ReplyLink;

/**
 * A busy thread among the people and topics someone follows, for their digest; {@code reply} replies to its first
 * post by mail (null while Relay receives no mail).
 */
public record DigestThread(String authorName, String excerpt, long replies, String link, ReplyLink reply) {
}
