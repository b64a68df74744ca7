package nl.relay.community.questions;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.relay.notifications.NewNotification;
import nl.relay.notifications.WriteNotifications;
import nl.relay.platform.database.NativeSql;
import nl.relay.posts.PostVisibility;

/**
 * Every few minutes (relay.notifications.check-every): the asker of a question that still stands without an accepted
 * answer after relay.questions.remind-after (two days) gets one reminder (type question). Every instance may run it:
 * each question is claimed with {@code for update skip locked} and marked reminded in the same transaction, so two
 * instances never remind of the same question, and a question is never reminded of twice.
 */
@ApplicationScoped
public class RemindOpenQuestionsJob {

    private static final int BATCH = 500;

    private final EntityManager entityManager;
    private final PostVisibility visibility;
    private final WriteNotifications notifications;
    private final QuestionsConfig config;
    private final Clock clock;

    RemindOpenQuestionsJob(EntityManager entityManager, PostVisibility visibility, WriteNotifications notifications,
            QuestionsConfig config, Clock clock) {
        this.entityManager = entityManager;
        this.visibility = visibility;
        this.notifications = notifications;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "{relay.notifications.check-every}", delayed = "2m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        while (remindDue() == BATCH) {
            // a full batch: there may be more due
        }
    }

    /**
     * Reminds the askers of questions asked longer than relay.questions.remind-after ago and still open; answers how
     * many questions it looked at (at most one batch). An asker who can no longer read their question (they left its
     * private group) is not reminded of it.
     */
    @Transactional
    public int remindDue() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<Due> due = NativeSql.select(entityManager, """
                with due as (
                    select p.id from post p
                    where p.kind = 'question' and p.accepted_answer_id is null and p.in_reply_to is null
                      and not p.deleted and p.question_reminded_at is null and p.created_at < :cutoff
                    order by p.id limit :batch
                    for update of p skip locked)
                update post p set question_reminded_at = :now from due where p.id = due.id
                returning p.id, p.author_id, %s as readable"""
                .formatted(visibility.readableClause("p", "p.author_id")))
                .bind("cutoff", now.minus(config.remindAfter()))
                .bind("now", now)
                .bind("batch", BATCH)
                .list(row -> new Due(row.longValue("id"), row.longValue("author_id"), row.flag("readable")));
        notifications.write(due.stream().filter(Due::readable)
                .map(q -> new NewNotification(q.askerId(), "question", q.questionId(), null, null, null, null, null,
                        false, true, NewNotification.Mailing.WHEN_STILL_UNREAD, null, null))
                .toList());
        return due.size();
    }

    private record Due(long questionId, long askerId, boolean readable) {
    }
}
