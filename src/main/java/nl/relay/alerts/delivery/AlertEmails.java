package nl.relay.alerts.delivery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The alert email templates: one instant match, and an alert digest's part; rendered by the one mail sender. */
@CheckedTemplate(basePath = "emails")
final class AlertEmails {

    private AlertEmails() {
    }

    static native TemplateInstance alertSubject(AlertMail mail);

    static native TemplateInstance alertHtml(AlertMail mail);

    static native TemplateInstance alertText(AlertMail mail);

    static native TemplateInstance alertDigestSubject(AlertMail mail, String frequency);

    static native TemplateInstance alertDigestHtml(AlertMail mail);

    static native TemplateInstance alertDigestText(AlertMail mail);
}
