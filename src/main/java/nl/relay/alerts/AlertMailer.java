package nl.relay.alerts;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import nl.relay.notifications.MailLinks;
import nl.relay.notifications.MailText;

/** Sends an alert email (one match, or a digest), in the recipient's language, with a stable Message-ID. */
@ApplicationScoped
class AlertMailer {

    private final Mailer mailer;
    private final MailLinks links;

    AlertMailer(Mailer mailer, MailLinks links) {
        this.mailer = mailer;
        this.links = links;
    }

    /** {@code frequency} is instant for one match, daily or weekly for a digest. */
    void send(String address, String language, AlertMail content, String frequency, String messageId) {
        Locale locale = Locale.forLanguageTag(language == null ? "nl" : language);
        mailer.send(Mail
                .withHtml(address, MailText.render(AlertEmails.alertSubject(content, frequency), locale).strip(),
                        MailText.render(AlertEmails.alertHtml(content, frequency), locale))
                .setText(MailText.render(AlertEmails.alertText(content, frequency), locale))
                .addHeader("Message-ID", links.messageId(messageId)));
    }

    String link(String path) {
        return links.to(path);
    }
}
