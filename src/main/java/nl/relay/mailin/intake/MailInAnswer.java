package nl.relay.mailin.intake;

import java.util.List;
import nl.relay.platform.outbox.OutboxMessage;

/**
 * Outbox message: answer the sender of a mail that came in, once: why it was refused and what to do, or where
 * their post is and which addressees got nothing because they have no account.
 */
public record MailInAnswer(long inboundMailId, String to, String name, String language, String subject,
        String refusal, Long postId, List<String> unknownAddresses) implements OutboxMessage {

    static MailInAnswer refused(long inboundMailId, Decision.Answer answer, Refusal refusal) {
        return new MailInAnswer(inboundMailId, answer.to(), answer.name(), answer.locale().getLanguage(),
                answer.subject(), refusal.key(), null, List.of());
    }

    static MailInAnswer posted(long inboundMailId, Decision.Answer answer, long postId, List<String> unknown) {
        return new MailInAnswer(inboundMailId, answer.to(), answer.name(), answer.locale().getLanguage(),
                answer.subject(), null, postId, List.copyOf(unknown));
    }

    @Override
    public long subjectId() {
        return inboundMailId;
    }
}
