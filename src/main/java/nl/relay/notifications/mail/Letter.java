package nl.relay.notifications.mail;

import io.quarkus.qute.TemplateInstance;

/**
 * One mail to send: to whom, its subject, HTML and plain-text templates (rendered in the recipient's
 * language by {@link MailSender}), the local part of its Message-ID, the same on every retry, what it is
 * {@link About about}, and for a mailing-list mail the list's id (else null).
 */
public record Letter(MailRecipient to, TemplateInstance subject, TemplateInstance html, TemplateInstance text,
        String messageId, About about, String listId) {

    /** A mail that belongs to no mailing list. */
    public Letter(MailRecipient to, TemplateInstance subject, TemplateInstance html, TemplateInstance text,
            String messageId, About about) {
        this(to, subject, html, text, messageId, about, null);
    }

    public Letter {
        if (about == null) {
            throw new IllegalArgumentException("a letter says whose account it goes to");
        }
    }

    /**
     * The recipient's account (null for someone without one: the sender of a mail Relay answers), and the post
     * the mail is about (null when it is about none): a mail about a post gets a Reply-To whose answer becomes a
     * reply under that post, by that account.
     */
    public record About(Long accountId, Long postId) {

        /** A mail to someone who may have no account, about no post: it gets no Reply-To. */
        public static About noAccount() {
            return new About(null, null);
        }

        public static About account(long accountId) {
            return new About(accountId, null);
        }

        public static About post(long accountId, long postId) {
            return new About(accountId, postId);
        }
    }
}
