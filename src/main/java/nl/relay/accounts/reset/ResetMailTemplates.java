package nl.relay.accounts.reset;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The templates of a reset mail (templates/emails/passwordReset*); rendered in its language by MailSender. */
@CheckedTemplate(basePath = "emails")
final class ResetMailTemplates {

    private ResetMailTemplates() {
    }

    static native TemplateInstance passwordResetSubject(ResetMail mail);

    static native TemplateInstance passwordResetHtml(ResetMail mail);

    static native TemplateInstance passwordResetText(ResetMail mail);
}
