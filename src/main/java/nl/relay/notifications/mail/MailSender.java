package nl.relay.notifications.mail;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * The one place Relay sends mail from: renders a {@link Letter} in its recipient's language (subject, HTML
 * and plain-text parts), names it with a stable Message-ID and adds a List-Unsubscribe that leads to the
 * email settings. Whatever text reaches it, every header it writes is one line: the subject, the address
 * and the Message-ID are folded here, so no name, however it got into the database, can add a header or a
 * body of its own.
 */
@ApplicationScoped
public class MailSender {

    /** Control characters, Unicode line and paragraph separators, and runs of white space. */
    private static final Pattern BREAKS = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029\\s]+");

    /**
     * How long one mail may take to hand over. A mail server that accepts the connection and then says
     * nothing would otherwise hold the outbox's transaction until its timeout aborts it; this fails the
     * send first, and the outbox tries again later.
     */
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);

    private final ReactiveMailer mailer;
    private final MailLinks links;

    MailSender(ReactiveMailer mailer, MailLinks links) {
        this.mailer = mailer;
        this.links = links;
    }

    public void send(Letter letter) {
        mailer.send(Mail.withHtml(oneLine(letter.to().address()), oneLine(render(letter.subject(), letter)),
                render(letter.html(), letter))
                .setText(render(letter.text(), letter))
                .addHeader("Message-ID", oneLine(links.messageId(letter.messageId())))
                // Mail clients offer "unsubscribe" with this: it leads to the email settings.
                .addHeader("List-Unsubscribe", "<" + oneLine(links.to("/settings")) + ">"))
                .await().atMost(SEND_TIMEOUT);
    }

    private static String render(TemplateInstance template, Letter letter) {
        return render(template, letter.to());
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
