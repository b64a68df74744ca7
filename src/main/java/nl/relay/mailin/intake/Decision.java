package nl.relay.mailin.intake;

import java.util.List;
import java.util.Locale;
import nl.relay.posts.NewPost;
import nl.relay.posts.attachments.IncomingFile;

/** What a mail that arrived comes to, decided from the mail and the database before anything is written. */
sealed interface Decision {

    /** Publish it as this person's post or reply; tell the sender about addresses that have no account. */
    record Publish(long authorId, NewPost post, List<IncomingFile> files, List<String> unknownAddresses,
            Answer answer) implements Decision {
    }

    /** Refuse it, telling the sender why (unless answering could start a loop or a flood). */
    record Refuse(Refusal reason, Answer answer) implements Decision {
    }

    /** Drop it without an answer: a bounce, an auto-reply, a mailing list, Relay's own mail. */
    record Ignore(String why) implements Decision {
    }

    /** Where and how an answer about this mail would go: the sender's address, name, language and subject. */
    record Answer(String to, String name, Locale locale, String subject) {
    }
}
