package nl.relay.alerts;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.relay.platform.Outbox;

/**
 * Every few minutes (relay.notifications.check-every): claims the daily and weekly alert digests that are due,
 * per person and frequency, and hands each to the outbox twice: once for the summaries in the app, once for the
 * email. A claim is one conditional update, so however many instances run this, each digest is claimed once.
 */
@ApplicationScoped
public class CollectAlertDigests {

    static final String NOTICES = "alert.digest";
    static final String EMAIL = "alert.digest-email";

    private final EntityManager entityManager;
    private final Outbox outbox;

    CollectAlertDigests(EntityManager entityManager, Outbox outbox) {
        this.entityManager = entityManager;
        this.outbox = outbox;
    }

    @Scheduled(every = "{relay.notifications.check-every}", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        claimDue();
    }

    /** Claims every due alert digest; answers how many. */
    @Transactional
    public int claimDue() {
        // Someone new to a frequency starts with a period that ends now.
        entityManager.createNativeQuery("""
                insert into alert_digest (account_id, frequency, sent_until)
                select distinct r.account_id, al.frequency, now() - interval '2 minutes' - case al.frequency
                       when 'weekly' then interval '7 days' else interval '1 day' end
                from (""" + AlertRecipients.of("al.frequency in ('daily', 'weekly') and cardinality(al.channels) > 0")
                + ") r join alert al on al.id = r.alert_id on conflict do nothing").executeUpdate();
        // A digest covers (since, until], until being two minutes ago: a match stamped with the start of a
        // transaction still running then comes in the next digest, none is skipped or sent twice.
        int claimed = entityManager.createNativeQuery("""
                with due as (
                    select d.account_id, d.frequency, d.sent_until as since from alert_digest d
                    join account a on a.id = d.account_id and a.active
                    where d.sent_until <= now() - case d.frequency when 'weekly' then interval '7 days'
                                                   else interval '1 day' end
                    for update of d skip locked),
                claimed as (
                    update alert_digest d set sent_until = now() - interval '2 minutes' from due
                    where d.account_id = due.account_id and d.frequency = due.frequency
                    returning d.account_id, d.frequency, due.since, d.sent_until as until)
                insert into outbox_task (kind, subject_id, payload)
                select kind, account_id, frequency || ':' || cast(floor(extract(epoch from since) * 1000) as bigint)
                       || '-' || cast(floor(extract(epoch from until) * 1000) as bigint)
                from claimed cross join unnest(cast(array[?1, ?2] as text[])) as kinds(kind)""")
                .setParameter(1, NOTICES).setParameter(2, EMAIL).executeUpdate();
        if (claimed > 0) {
            outbox.recordedInline(NOTICES);
            outbox.recordedInline(EMAIL);
        }
        return claimed / 2;
    }
}
