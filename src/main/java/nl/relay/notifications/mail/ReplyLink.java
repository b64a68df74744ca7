package nl.relay.notifications.mail;

/**
 * Replying by mail to one post, for a mail that tells about several (a digest): the reply address for the text
 * part, and a {@code mailto:} link with its subject for the HTML part (templates escape it like any value).
 */
public record ReplyLink(String address, String mailto) {
}
