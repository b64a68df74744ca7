package nl.relay.community.insight;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import nl.relay.platform.database.NativeSql;

/** Posts (thread starts) and replies written in each week, private groups' included; removed ones not. */
@ApplicationScoped
class PostCounts {

    record Counts(long posts, long replies) {
    }

    private final EntityManager entityManager;

    PostCounts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    PerWeek<Counts> read(InsightPeriod period) {
        return PerWeek.read(NativeSql.select(entityManager, """
                select week, count(*) filter (where not reply) as posts, count(*) filter (where reply) as replies
                from (select %s as week, p.in_reply_to is not null as reply from post p
                      where p.created_at >= :start and p.created_at < :end and not p.deleted) written
                group by grouping sets ((week), ())""".formatted(PerWeek.week("p.created_at"))), period,
                row -> new Counts(row.longValue("posts"), row.longValue("replies")), new Counts(0, 0));
    }
}
