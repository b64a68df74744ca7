package nl.relay.mailin.intake;

import nl.relay.platform.errors.ProblemException;
import nl.relay.posts.PostRefused;
import nl.relay.posts.attachments.FileRefused;

/** The refusal a mail gets when publishing its post was refused, by the reason the post's or the files' rules gave. */
final class RefusalOfPost {

    private RefusalOfPost() {
    }

    static Refusal of(ProblemException refused) {
        return switch (refused) {
            case PostRefused post -> switch (post.reason()) {
                case EMPTY -> Refusal.EMPTY;
                case TOO_LONG -> Refusal.TOO_LONG;
                case NOT_REPLYABLE -> Refusal.THREAD_GONE;
                case GROUP_ARCHIVED -> Refusal.GROUP_ARCHIVED;
                case NOT_YOUR_GROUP -> Refusal.NO_GROUP;
            };
            case FileRefused file -> Refusal.TOO_LARGE;
            default -> Refusal.UNREADABLE;
        };
    }
}
