package nl.relay.notifications.digest;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import nl.relay.platform.database.NativeSql;
import nl.relay.platform.outbox.Outbox;

/**
 * Every few minutes (relay.notifications.check-every): claims the daily and weekly digests that are due, one
 * per person and frequency whatever the {@link DigestSection}s it sums up, and hands each to the outbox
 * ({@link DigestDue}). A claim is one conditional update, so however many instances run this, each digest is
 * claimed once.
 */
@ApplicationScoped
public class ClaimDigests {

    private final EntityManager entityManager;
    private final Outbox outbox;
    private final List<DigestSection> sections;

    ClaimDigests(EntityManager entityManager, Outbox outbox, Instance<DigestSection> sections) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.sections = sections.stream().toList();
    }

    @Scheduled(every = "{relay.notifications.check-every}", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        claimDue();
    }

    /** Claims every due digest; answers how many. */
    @Transactional
    public int claimDue() {
        String subscribers = sections.stream().map(DigestSection::subscribers)
                .collect(Collectors.joining(") union (", "(", ")"));
        // Someone new to a frequency starts with a period that ends now.
        entityManager.createNativeQuery("""
                insert into digest_window (account_id, frequency, sent_until)
                select s.account_id, s.frequency, now() - interval '2 minutes' - %s
                from (%s) s on conflict do nothing""".formatted(period("s.frequency"), subscribers)).executeUpdate();
        // A digest covers (since, until], until being two minutes ago: a row stamped with the start of a
        // transaction still running then comes in the next digest, none is skipped or sent twice.
        List<DigestDue> due = NativeSql.select(entityManager, """
                with due as (
                    select d.account_id, d.frequency, d.sent_until as since from digest_window d
                    join account a on a.id = d.account_id and a.active
                    where d.sent_until <= now() - %s
                      and (d.account_id, d.frequency) in (%s)
                    for update of d skip locked)
                update digest_window d set sent_until = now() - interval '2 minutes' from due
                where d.account_id = due.account_id and d.frequency = due.frequency
                returning d.account_id, d.frequency, due.since, d.sent_until as until""".formatted(
                period("d.frequency"), subscribers))
                .list(row -> new DigestDue(row.longValue("account_id"), row.text("frequency"), row.instant("since"),
                        row.instant("until")));
        outbox.sendAll(due, Duration.ZERO);
        return due.size();
    }

    private static String period(String frequency) {
        return "case " + frequency + " when 'weekly' then interval '7 days' else interval '1 day' end";
    }
}
