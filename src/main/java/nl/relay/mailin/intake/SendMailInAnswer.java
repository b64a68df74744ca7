package nl.relay.mailin.intake;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import nl.relay.notifications.mail.Letter;
import nl.relay.notifications.mail.MailLinks;
import nl.relay.notifications.mail.MailRecipient;
import nl.relay.notifications.mail.MailSender;
import nl.relay.platform.outbox.OutboxHandler;

/**
 * Outbox job: mails the one answer to the sender of a mail that came in. Its Message-ID is the mail's, so a retry
 * after the mail server was down is the same message; MailSender marks it as Relay's own, so no answer of ours is
 * ever taken in again.
 */
@ApplicationScoped
class SendMailInAnswer implements OutboxHandler<MailInAnswer> {

    private final MailSender mailer;
    private final MailLinks links;

    SendMailInAnswer(MailSender mailer, MailLinks links) {
        this.mailer = mailer;
        this.links = links;
    }

    @Override
    public String name() {
        return "mail-in.answer";
    }

    @Override
    public Class<MailInAnswer> takes() {
        return MailInAnswer.class;
    }

    @Override
    public boolean reachesOutside() {
        return true;
    }

    @Override
    public void handle(MailInAnswer answer) {
        AnswerContent content = AnswerContent.of(answer,
                answer.postId() == null ? null : links.to("/posts/" + answer.postId()));
        MailRecipient to = new MailRecipient(answer.to(), answer.name(), Locale.forLanguageTag(answer.language()));
        mailer.send(new Letter(to, AnswerTemplates.mailInAnswerSubject(content),
                AnswerTemplates.mailInAnswerHtml(content), AnswerTemplates.mailInAnswerText(content),
                "mail-in-answer-" + answer.inboundMailId(), Letter.About.noAccount()));
    }
}
