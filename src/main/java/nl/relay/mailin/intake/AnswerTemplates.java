package nl.relay.mailin.intake;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The templates of an answer to a mail that came in; rendered in the sender's language by MailSender. */
@CheckedTemplate(basePath = "emails")
final class AnswerTemplates {

    private AnswerTemplates() {
    }

    static native TemplateInstance mailInAnswerSubject(AnswerContent answer);

    static native TemplateInstance mailInAnswerHtml(AnswerContent answer);

    static native TemplateInstance mailInAnswerText(AnswerContent answer);
}
