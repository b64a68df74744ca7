package nl.relay.alerts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.relay.notifications.NotificationSignal;
import nl.relay.platform.OutboxHandler;

/**
 * Outbox job: a person's daily or weekly alert digest in the app: one notification per alert with new
 * matches in the period, saying how many, for the alerts that notify in the app.
 */
@ApplicationScoped
class NoticeAlertDigest implements OutboxHandler {

    private final EntityManager entityManager;
    private final DigestMatches matches;
    private final NotificationSignal signal;

    NoticeAlertDigest(EntityManager entityManager, DigestMatches matches, NotificationSignal signal) {
        this.entityManager = entityManager;
        this.matches = matches;
        this.signal = signal;
    }

    @Override
    public String kind() {
        return CollectAlertDigests.NOTICES;
    }

    @Override
    public void handle(long accountId, String payload) {
        Map<Long, Integer> counts = new LinkedHashMap<>();
        for (Object[] row : matches.of(accountId, DigestPeriod.parse(payload), Alert.APP)) {
            counts.merge(((Number) row[0]).longValue(), 1, Integer::sum);
        }
        if (counts.isEmpty()) {
            return;
        }
        Object[] range = (Object[]) entityManager.createNativeQuery("""
                with written as (
                    insert into notification (recipient_id, type, alert_id, match_count)
                    select ?1, 'alert', alert_id, match_count
                    from unnest(cast(?2 as bigint[]), cast(?3 as int[])) as c(alert_id, match_count)
                    where exists (select 1 from account a where a.id = ?1 and a.active)
                    returning id)
                select min(id), max(id) from written""")
                .setParameter(1, accountId).setParameter(2, counts.keySet().toArray(Long[]::new))
                .setParameter(3, counts.values().toArray(Integer[]::new)).getSingleResult();
        if (range[0] != null) {
            signal.announce(((Number) range[0]).longValue(), ((Number) range[1]).longValue());
        }
    }
}
