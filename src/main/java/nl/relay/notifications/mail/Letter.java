package nl.relay.notifications.mail;

import io.quarkus.qute.TemplateInstance;

/**
 * One mail to send: to whom, its subject, HTML and plain-text templates (rendered in the recipient's
 * language by {@link MailSender}), and the local part of its Message-ID, the same on every retry.
 */
public record Letter(MailRecipient to, TemplateInstance subject, TemplateInstance html, TemplateInstance text,
        String messageId) {
}
