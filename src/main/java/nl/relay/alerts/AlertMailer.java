package nl.relay.alerts;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import nl.relay.notifications.MailLinks;
import nl.relay.notifications.MailSender;
import nl.relay.notifications.MailText;

/** Sends an alert email (one match, or a digest), in the recipient's language, with a stable Message-ID. */
@ApplicationScoped
class AlertMailer {

    private final MailSender mailer;
    private final MailLinks links;

    AlertMailer(MailSender mailer, MailLinks links) {
        this.mailer = mailer;
        this.links = links;
    }

    /** {@code frequency} is instant for one match, daily or weekly for a digest. */
    void send(String address, String language, AlertMail content, String frequency, String messageId) {
        Locale locale = Locale.forLanguageTag(language == null ? "nl" : language);
        mailer.send(address, MailText.render(AlertEmails.alertSubject(content, frequency), locale),
                MailText.render(AlertEmails.alertHtml(content, frequency), locale),
                MailText.render(AlertEmails.alertText(content, frequency), locale), links.messageId(messageId));
    }

    String link(String path) {
        return links.to(path);
    }
}
