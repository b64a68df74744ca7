package nl.relay.community.questions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import nl.relay.notifications.NewNotification;
import nl.relay.notifications.WriteNotifications;
import nl.relay.platform.database.NativeSql;
import nl.relay.platform.database.RowLocks;
import nl.relay.platform.errors.Conflict;
import nl.relay.platform.errors.InvalidInput;
import nl.relay.platform.errors.NotAllowed;
import nl.relay.platform.errors.NotFound;
import nl.relay.posts.Post;
import nl.relay.posts.PostVisibility;
import nl.relay.posts.ReadablePosts;

/**
 * The asker, or a manager of the question's group, accepts a reply in the question's thread as its answer (replacing
 * an earlier one), or takes the choice back. The answer's author hears of it (type accepted), unless they chose it.
 * <p>
 * The question is locked before the answer, as every writer of posts locks a thread's root before a reply in it
 * (replying, removing, indexing): a reply removed meanwhile is never accepted, and no two of them wait on each other
 * crosswise.
 */
@ApplicationScoped
public class AcceptAnswer {

    private final ReadablePosts readable;
    private final PostVisibility visibility;
    private final EntityManager entityManager;
    private final WriteNotifications notifications;
    private final Clock clock;

    AcceptAnswer(ReadablePosts readable, PostVisibility visibility, EntityManager entityManager,
            WriteNotifications notifications, Clock clock) {
        this.readable = readable;
        this.visibility = visibility;
        this.entityManager = entityManager;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** Accepts the reply {@code answerId} as the answer to question {@code questionId}. */
    @Transactional
    public void accept(long callerId, long questionId, long answerId) {
        mayChoose(callerId, questionId);
        Post question = lockedQuestion(questionId);
        if (question.deleted) {
            throw new Conflict("The question was removed.");
        }
        Answer answer = lockedAnswer(answerId).orElseThrow(() -> notAnAnswer("is no reply to this question"));
        if (answer.threadId() != question.id || answer.id() == question.id || !mayRead(callerId, answer.id())) {
            throw notAnAnswer("is no reply to this question");
        }
        if (answer.deleted()) {
            throw notAnAnswer("was removed");
        }
        int changed = entityManager.createNativeQuery("""
                update post set accepted_answer_id = ?2, accepted_at = ?3, accepted_by = ?4
                where id = ?1 and accepted_answer_id is distinct from ?2""")
                .setParameter(1, question.id).setParameter(2, answer.id())
                .setParameter(3, clock.instant().truncatedTo(ChronoUnit.MICROS)).setParameter(4, callerId)
                .executeUpdate();
        if (changed > 0 && answer.authorId() != callerId) {
            notifications.write(List.of(new NewNotification(answer.authorId(), "accepted", answer.id(), callerId,
                    null, null, null, null, false, true, NewNotification.Mailing.WHEN_STILL_UNREAD, null, null)));
        }
    }

    /** Takes back the accepted answer, if there is one: the question is open again. */
    @Transactional
    public void withdraw(long callerId, long questionId) {
        mayChoose(callerId, questionId);
        lockedQuestion(questionId);
        entityManager.createNativeQuery(
                "update post set accepted_answer_id = null, accepted_at = null, accepted_by = null where id = ?1")
                .setParameter(1, questionId).executeUpdate();
    }

    /** The question, when the caller may read it (404), it is a question (409) and they may choose for it (403). */
    private Post mayChoose(long callerId, long questionId) {
        Post question = readable.require(callerId, questionId);
        if (!QuestionAuthority.isOpenToAnswers(question)) {
            throw new Conflict(question.deleted
                    ? "The question was removed."
                    : "Only a question (the first post of its thread, of kind question) has an accepted answer.");
        }
        if (!QuestionAuthority.mayAccept(callerId, question)) {
            throw new NotAllowed("Only the asker or a manager of the question's group chooses its answer.");
        }
        return question;
    }

    /** The question locked for this choice (who may choose was asked before, by {@link #mayChoose}). */
    private Post lockedQuestion(long questionId) {
        return RowLocks.locked(Post.class, questionId).orElseThrow(() -> new NotFound("There is no such post."));
    }

    /** A reply the caller cannot read (a moderator hid it) is no answer they can choose. */
    private boolean mayRead(long callerId, long replyId) {
        return visibility.mayRead(callerId, Post.findById(replyId));
    }

    /** The reply, share-locked: a removal waits for this choice, and this choice sees a removal made before it. */
    private Optional<Answer> lockedAnswer(long answerId) {
        return NativeSql.select(entityManager,
                "select id, thread_id, author_id, deleted from post where id = :id for share")
                .bind("id", answerId)
                .first(row -> new Answer(row.longValue("id"), row.longValue("thread_id"), row.longValue("author_id"),
                        row.flag("deleted")));
    }

    private static InvalidInput notAnAnswer(String why) {
        return new InvalidInput("postId", why);
    }

    private record Answer(long id, long threadId, long authorId, boolean deleted) {
    }
}
