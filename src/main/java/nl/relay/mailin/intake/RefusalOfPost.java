package nl.relay.mailin.intake;

import nl.relay.platform.errors.Problem;
import nl.relay.platform.errors.ProblemException;

/** The refusal a mail gets when publishing its post was refused, by the field the post's rules named. */
final class RefusalOfPost {

    private RefusalOfPost() {
    }

    static Refusal of(ProblemException refused) {
        String field = refused.errors().stream().map(Problem.FieldError::field).findFirst().orElse("");
        String message = refused.errors().stream().map(Problem.FieldError::message).findFirst().orElse("");
        return switch (field) {
            case "inReplyTo" -> message.contains("archived") ? Refusal.GROUP_ARCHIVED : Refusal.THREAD_GONE;
            case "groupId" -> message.contains("archived") ? Refusal.GROUP_ARCHIVED : Refusal.NO_GROUP;
            case "attachments" -> Refusal.TOO_LARGE;
            case "body" -> message.contains("at most") ? Refusal.TOO_LONG : Refusal.EMPTY;
            default -> Refusal.UNREADABLE;
        };
    }
}
