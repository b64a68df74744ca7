package nl.relay.mailin.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import nl.relay.platform.errors.InvalidInput;
import nl.relay.posts.PostRefused;
import nl.relay.posts.PostRefused.Reason;
import nl.relay.posts.attachments.FileRefused;
import nl.relay.posts.attachments.FileTooLarge;
import org.junit.jupiter.api.Test;

/** A mail whose post was refused is answered by the reason posting gave, whatever the words of its message. */
class RefusalOfPostTest {

    @Test
    void eachReasonOfAPostHasItsAnswer() {
        assertEquals(Refusal.EMPTY, RefusalOfPost.of(new PostRefused(Reason.EMPTY, "body", "x")));
        assertEquals(Refusal.TOO_LONG, RefusalOfPost.of(new PostRefused(Reason.TOO_LONG, "body", "x")));
        assertEquals(Refusal.THREAD_GONE, RefusalOfPost.of(new PostRefused(Reason.NOT_REPLYABLE, "inReplyTo", "x")));
        assertEquals(Refusal.GROUP_ARCHIVED,
                RefusalOfPost.of(new PostRefused(Reason.GROUP_ARCHIVED, "inReplyTo", "x")));
        assertEquals(Refusal.NO_GROUP, RefusalOfPost.of(new PostRefused(Reason.NOT_YOUR_GROUP, "groupId", "x")));
    }

    @Test
    void everyRefusedFileIsTooLarge() {
        assertEquals(Refusal.TOO_LARGE, RefusalOfPost.of(new FileRefused("attachments", "\"a.pdf\" is empty")));
        assertEquals(Refusal.TOO_LARGE, RefusalOfPost.of(new FileTooLarge("attachments", "too large")));
    }

    @Test
    void otherInvalidInputIsUnreadable() {
        assertEquals(Refusal.UNREADABLE, RefusalOfPost.of(new InvalidInput("body", "must be at most 5000 characters")));
        assertEquals(Refusal.UNREADABLE, RefusalOfPost.of(new InvalidInput("attachments", "archived")));
    }
}
