package nl.relay.community.insight;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import nl.relay.platform.database.NativeSql;

/**
 * Questions (thread starts of kind question) by the week they were asked: how many, how many have a first answer
 * by now (the first reply in the thread by someone other than the asker, not removed), and the median time to it.
 */
@ApplicationScoped
class FirstAnswers {

    record Answers(long questions, long answered, Long medianSeconds) {
    }

    private final EntityManager entityManager;

    FirstAnswers(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    PerWeek<Answers> read(InsightPeriod period) {
        return PerWeek.read(NativeSql.select(entityManager, """
                select week, count(*) as questions, count(seconds) as answered,
                       percentile_cont(0.5) within group (order by seconds) as median_seconds
                from (select %s as week,
                             case when answer.first_at is not null
                                  then greatest(0, extract(epoch from answer.first_at - q.created_at)) end as seconds
                      from post q
                      cross join lateral (select min(r.created_at) as first_at from post r
                                          where r.thread_id = q.id and r.id <> q.id and r.author_id <> q.author_id
                                            and not r.deleted) answer
                      where q.kind = 'question' and q.in_reply_to is null and not q.deleted
                        and q.created_at >= :start and q.created_at < :end) asked
                group by grouping sets ((week), ())""".formatted(PerWeek.week("q.created_at"))), period,
                row -> new Answers(row.longValue("questions"), row.longValue("answered"),
                        PerWeek.seconds(row, "median_seconds")),
                new Answers(0, 0, null));
    }
}
