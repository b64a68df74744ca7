package nl.relay.community.insight;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import nl.relay.platform.database.NativeSql;

/**
 * Must-read posts by the week they were written: how many addressees they had (one must-read notification each),
 * how many acknowledged (by now), and the median time from the post to the acknowledgement.
 */
@ApplicationScoped
class MustReadReceipts {

    record Receipts(long addressed, long acknowledged, Long medianSeconds) {
    }

    private final EntityManager entityManager;

    MustReadReceipts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    PerWeek<Receipts> read(InsightPeriod period) {
        return PerWeek.read(NativeSql.select(entityManager, """
                select week, count(*) as addressed, count(seconds) as acknowledged,
                       percentile_cont(0.5) within group (order by seconds) as median_seconds
                from (select %s as week,
                             case when n.acknowledged_at is not null
                                  then greatest(0, extract(epoch from n.acknowledged_at - p.created_at)) end as seconds
                      from post p join notification n on n.post_id = p.id and n.type = 'mention' and n.must_read
                      where p.created_at >= :start and p.created_at < :end and not p.deleted) receipts
                group by grouping sets ((week), ())""".formatted(PerWeek.week("p.created_at"))), period,
                row -> new Receipts(row.longValue("addressed"), row.longValue("acknowledged"),
                        PerWeek.seconds(row, "median_seconds")),
                new Receipts(0, 0, null));
    }
}
