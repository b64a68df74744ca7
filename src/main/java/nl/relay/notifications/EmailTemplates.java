package nl.relay.notifications;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.List;

/** The email templates, in the recipient's language (the "locale" attribute picks the message bundle). */
@CheckedTemplate(basePath = "emails")
final class EmailTemplates {

    private EmailTemplates() {
    }

    static native TemplateInstance notificationSubject(MailContent mail);

    static native TemplateInstance notificationHtml(MailContent mail);

    static native TemplateInstance notificationText(MailContent mail);

    static native TemplateInstance digestSubject(int unread);

    static native TemplateInstance digestHtml(String recipientName, List<MailContent> notifications,
            List<DigestThread> threads, String link, String settingsLink);

    static native TemplateInstance digestText(String recipientName, List<MailContent> notifications,
            List<DigestThread> threads, String link, String settingsLink);
}
