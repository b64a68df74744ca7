package nl.relay.notifications.mail;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.regex.Pattern;
import nl.relay.mailin.reply.ReplyTokens;
import nl.relay.notifications.NotificationsConfig;

/**
 * The one place Relay sends mail from: renders a {@link Letter} in its recipient's language (subject, HTML
 * and plain-text parts), names it with a stable Message-ID and adds a List-Unsubscribe that leads to the
 * email settings. Every mail carries {@code X-Relay-Origin: <Relay's host>}, so Relay's own mail coming back in
 * is recognised and never answered; a mail about a post carries a Reply-To ({@link ReplyTokens}) whose answer
 * becomes a reply under that post, and its templates get that address as {@code replyAddress} (null when there
 * is none) to say so. A mailing-list mail gets its List-Id and {@code Precedence: list}. Whatever text reaches
 * it, every header it writes is one line: the subject, the addresses, the ids are folded here, so no name,
 * however it got into the database, can add a header or a body of its own.
 */
@ApplicationScoped
public class MailSender {

    /** Control characters, Unicode line and paragraph separators, and runs of white space. */
    private static final Pattern BREAKS = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029\\s]+");

    /** The header that marks a mail as Relay's own (the mail gateway never answers one). */
    public static final String ORIGIN_HEADER = "X-Relay-Origin";
    /** The template data that holds the mail's Reply-To address, or null. */
    static final String REPLY_ADDRESS = "replyAddress";

    private final ReactiveMailer mailer;
    private final MailLinks links;
    private final ReplyTokens replies;
    /**
     * How long one mail may take to hand over ({@code relay.notifications.send-timeout}). A mail server that accepts
     * the connection and then says nothing would otherwise hold the outbox's transaction until its timeout aborts
     * it; this fails the send first, and the outbox tries again later.
     */
    private final Duration sendTimeout;

    MailSender(ReactiveMailer mailer, MailLinks links, ReplyTokens replies, NotificationsConfig config) {
        this.mailer = mailer;
        this.links = links;
        this.replies = replies;
        this.sendTimeout = config.sendTimeout();
    }

    public void send(Letter letter) {
        Letter.About about = letter.about();
        String replyTo = about.postId() == null || about.accountId() == null
                ? null
                : replies.addressFor(about.accountId(), about.postId()).orElse(null);
        Mail mail = Mail.withHtml(oneLine(letter.to().address()),
                oneLine(render(letter.subject(), letter, replyTo)), render(letter.html(), letter, replyTo))
                .setText(render(letter.text(), letter, replyTo))
                .addHeader("Message-ID", oneLine(links.messageId(letter.messageId())))
                // Mail clients offer "unsubscribe" with this: it leads to the email settings.
                .addHeader("List-Unsubscribe", "<" + oneLine(links.to("/settings")) + ">")
                .addHeader(ORIGIN_HEADER, oneLine(links.host()))
                // No out-of-office or other automatic answer should come back (RFC 3834).
                .addHeader("Auto-Submitted", "auto-generated");
        if (replyTo != null) {
            mail.setReplyTo(oneLine(replyTo));
        }
        if (letter.listId() != null) {
            mail.addHeader("List-Id", "<" + oneLine(letter.listId()) + ">").addHeader("Precedence", "list");
        }
        mailer.send(mail).await().atMost(sendTimeout);
    }

    private static String render(TemplateInstance template, Letter letter, String replyTo) {
        return render(template.data(REPLY_ADDRESS, replyTo), letter.to());
    }

    /** Renders in the recipient's language (the "locale" attribute picks the message bundle). */
    public static String render(TemplateInstance template, MailRecipient to) {
        return template.setLocale(to.locale()).render();
    }

    /** The header value as one line: every break and run of white space becomes one space. */
    static String oneLine(String value) {
        return value == null ? "" : BREAKS.matcher(value).replaceAll(" ").strip();
    }
}
