package nl.relay.mailin.intake;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.List;

/**
 * What an answer to a mail that came in says, in the sender's language: for a refusal why and what to do; for a
 * post its link and the addresses that got nothing. The templates (templates/emails/mailInAnswer*) lay it out.
 */
record AnswerContent(String name, String subject, boolean refused, String why, String whatToDo, String link,
        List<String> unknownAddresses) {

    static AnswerContent of(MailInAnswer answer, String link) {
        if (answer.refusal() == null) {
            return new AnswerContent(answer.name(), answer.subject(), false, null, null, link,
                    answer.unknownAddresses());
        }
        MailInMessages messages = MessageBundles.get(MailInMessages.class,
                Localized.Literal.of(answer.language()));
        Refusal refusal = Refusal.valueOf(answer.refusal().toUpperCase(java.util.Locale.ROOT));
        return new AnswerContent(answer.name(), answer.subject(), true, why(messages, refusal),
                whatToDo(messages, refusal), null, List.of());
    }

    private static String why(MailInMessages m, Refusal refusal) {
        return switch (refusal) {
            case UNREADABLE -> m.refused_unreadable();
            case UNKNOWN_SENDER -> m.refused_unknown_sender();
            case UNTRUSTED_SENDER -> m.refused_untrusted_sender();
            case UNKNOWN_SECRET -> m.refused_unknown_secret();
            case NOT_SECRET_OWNER -> m.refused_not_secret_owner();
            case UNKNOWN_TOKEN -> m.refused_unknown_token();
            case NOT_TOKEN_OWNER -> m.refused_not_token_owner();
            case NO_GROUP -> m.refused_no_group();
            case GROUP_ARCHIVED -> m.refused_group_archived();
            case THREAD_GONE -> m.refused_thread_gone();
            case EMPTY -> m.refused_empty();
            case TOO_LONG -> m.refused_too_long();
            case TOO_LARGE -> m.refused_too_large();
        };
    }

    private static String whatToDo(MailInMessages m, Refusal refusal) {
        return switch (refusal) {
            case UNREADABLE -> m.todo_unreadable();
            case UNKNOWN_SENDER -> m.todo_unknown_sender();
            case UNTRUSTED_SENDER -> m.todo_untrusted_sender();
            case UNKNOWN_SECRET -> m.todo_unknown_secret();
            case NOT_SECRET_OWNER -> m.todo_not_secret_owner();
            case UNKNOWN_TOKEN -> m.todo_unknown_token();
            case NOT_TOKEN_OWNER -> m.todo_not_token_owner();
            case NO_GROUP -> m.todo_no_group();
            case GROUP_ARCHIVED -> m.todo_group_archived();
            case THREAD_GONE -> m.todo_thread_gone();
            case EMPTY -> m.todo_empty();
            case TOO_LONG -> m.todo_too_long();
            case TOO_LARGE -> m.todo_too_large();
        };
    }
}
