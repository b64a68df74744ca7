package nl.relay.alerts;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The alert email templates, in the recipient's language (the "locale" attribute picks the message bundle). */
@CheckedTemplate(basePath = "emails")
final class AlertEmails {

    private AlertEmails() {
    }

    static native TemplateInstance alertSubject(AlertMail mail, String frequency);

    static native TemplateInstance alertHtml(AlertMail mail, String frequency);

    static native TemplateInstance alertText(AlertMail mail, String frequency);
}
