package nl.relay.notifications.mail;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The email templates of one notification; rendered in the recipient's language by {@link MailSender}. */
@CheckedTemplate(basePath = "emails")
final class EmailTemplates {

    private EmailTemplates() {
    }

    static native TemplateInstance notificationSubject(MailContent mail);

    static native TemplateInstance notificationHtml(MailContent mail);

    static native TemplateInstance notificationText(MailContent mail);
}
