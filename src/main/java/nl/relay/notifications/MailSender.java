package nl.relay.notifications;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.regex.Pattern;

/**
 * The one place Relay sends mail from, with a List-Unsubscribe that leads to the email settings. Whatever
 * text reaches it, every header it writes is one line: the subject, the address and the Message-ID are folded here, so no name, however it got into the
 * database, can add a header or a body of its own.
 */
@ApplicationScoped
public class MailSender {

    /** Control characters, Unicode line and paragraph separators, and runs of white space. */
    private static final Pattern BREAKS = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029\\s]+");

    private final Mailer mailer;
    private final MailLinks links;

    MailSender(Mailer mailer, MailLinks links) {
        this.mailer = mailer;
        this.links = links;
    }

    /** One mail with an HTML and a plain-text part; {@code messageId} is the whole header value, brackets included. */
    public void send(String address, String subject, String html, String text, String messageId) {
        mailer.send(Mail.withHtml(oneLine(address), oneLine(subject), html)
                .setText(text)
                .addHeader("Message-ID", oneLine(messageId))
                // Mail clients offer "unsubscribe" with this: it leads to the email settings.
                .addHeader("List-Unsubscribe", "<" + oneLine(links.to("/settings")) + ">"));
    }

    /** The header value as one line: every break and run of white space becomes one space. */
    static String oneLine(String value) {
        return value == null ? "" : BREAKS.matcher(value).replaceAll(" ").strip();
    }
}
