package nl.relay.notifications.digest;

import nl.relay.notifications.mail.MailContent;
import nl.relay.notifications.mail.ReplyLink;

/**
 * An unread notification in a digest; {@code reply} replies by mail to its post (null when it has none, or while
 * Relay receives no mail).
 */
public record DigestNews(MailContent mail, ReplyLink reply) {
}
