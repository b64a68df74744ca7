package nl.relay.notifications;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.relay.platform.Outbox;

/**
 * Every few minutes (relay.notifications.check-every): claims the digests that are due (a day or a week after
 * the last one) and hands each to the outbox. The claim is one conditional update per account, so however many
 * instances run this, each digest is claimed once.
 */
@ApplicationScoped
public class SendDigests {

    static final String KIND = "digest.email";

    private final EntityManager entityManager;
    private final Outbox outbox;

    SendDigests(EntityManager entityManager, Outbox outbox) {
        this.entityManager = entityManager;
        this.outbox = outbox;
    }

    @Scheduled(every = "{relay.notifications.check-every}", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        claimDue();
    }

    /** Claims every due digest; answers how many. */
    @Transactional
    public int claimDue() {
        // A digest covers (since, until], until being two minutes ago: notifications stamped with the start
        // of a transaction still running then come in the next digest, none is skipped or sent twice.
        int claimed = entityManager.createNativeQuery("""
                with due as (
                    select id, digest_sent_at as since from account
                    where active and email_delivery = 'digest'
                      and (digest_sent_at is null or digest_sent_at <= now() - case digest_frequency
                           when 'weekly' then interval '7 days' else interval '1 day' end)
                    for update skip locked),
                claimed as (
                    update account a set digest_sent_at = now() - interval '2 minutes' from due where a.id = due.id
                    returning a.id, due.since, a.digest_sent_at as until, a.digest_frequency)
                insert into outbox_task (kind, subject_id, payload)
                select ?1, id, cast(floor(extract(epoch from coalesce(since, until - case digest_frequency
                       when 'weekly' then interval '7 days' else interval '1 day' end)) * 1000) as bigint)
                       || '-' || cast(floor(extract(epoch from until) * 1000) as bigint)
                from claimed""").setParameter(1, KIND).executeUpdate();
        if (claimed > 0) {
            outbox.recordedInline(KIND);
        }
        return claimed;
    }
}
