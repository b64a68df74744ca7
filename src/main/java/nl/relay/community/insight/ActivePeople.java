package nl.relay.community.insight;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import nl.relay.platform.database.NativeSql;

/**
 * The people active in each week (and in the whole period, each counted once): who wrote a post or reply (not
 * removed), liked a post, or acknowledged a must-read post then. Deactivated and pseudonymised people count too;
 * nobody is named.
 */
@ApplicationScoped
class ActivePeople {

    private final EntityManager entityManager;

    ActivePeople(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    PerWeek<Long> read(InsightPeriod period) {
        return PerWeek.read(NativeSql.select(entityManager, """
                with acts as (
                    select p.author_id as account_id, p.created_at as acted_at from post p
                    where p.created_at >= :start and p.created_at < :end and not p.deleted
                    union all
                    select l.account_id, l.created_at from post_like l
                    where l.created_at >= :start and l.created_at < :end
                    union all
                    select n.recipient_id, n.acknowledged_at from notification n
                    where n.type = 'mention' and n.must_read and n.acknowledged_at is not null
                      and n.acknowledged_at >= :start and n.acknowledged_at < :end)
                select week, count(distinct account_id) as people
                from (select account_id, %s as week from acts) weekly
                group by grouping sets ((week), ())""".formatted(PerWeek.week("acted_at"))), period,
                row -> row.longValue("people"), 0L);
    }
}
