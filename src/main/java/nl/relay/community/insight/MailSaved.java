package nl.relay.community.insight;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import nl.relay.platform.database.NativeSql;

/**
 * The internal mails Relay saved, by the week each message was written. A thread counts when its start was
 * addressed to a group (a group post) or to more than three people (@mentions of others than the author). Its
 * audience is the group's members now, plus the people it mentions who are not members, less the author. Each
 * message in such a thread (its start and every reply, none removed) stands for one mail to that many recipients: the
 * start as the first mail, each reply as a reply-all to the same people.
 */
@ApplicationScoped
class MailSaved {

    /** Mails saved and the recipients they had (one mail to N people counts 1 and N). */
    record Mails(long mails, long recipients) {
    }

    /** More addressees than this make a post outside a group a mail saved. */
    static final int MORE_ADDRESSEES_THAN = 3;

    private final EntityManager entityManager;

    MailSaved(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    PerWeek<Mails> read(InsightPeriod period) {
        return PerWeek.read(NativeSql.select(entityManager, """
                with written as (
                    select p.thread_id, %s as week from post p
                    where p.created_at >= :start and p.created_at < :end and not p.deleted),
                threads as (select distinct thread_id as id from written),
                sizes as (select group_id, count(*) as members from group_member group by group_id),
                audience as (
                    select r.id, r.group_id is not null as to_group,
                           (select count(*) from post_mention m where m.post_id = r.id
                                                                  and m.account_id <> r.author_id) as addressees,
                           coalesce(s.members, 0)
                           - (case when exists (select 1 from group_member g where g.group_id = r.group_id
                                                                              and g.account_id = r.author_id)
                                   then 1 else 0 end)
                           + (select count(*) from post_mention m
                              where m.post_id = r.id and m.account_id <> r.author_id
                                and not exists (select 1 from group_member g where g.group_id = r.group_id
                                                                             and g.account_id = m.account_id))
                             as recipients
                    from post r join threads t on t.id = r.id left join sizes s on s.group_id = r.group_id
                    where not r.deleted)
                select week, count(*) as mails, sum(a.recipients) as recipients
                from written w join audience a on a.id = w.thread_id
                where (a.to_group or a.addressees > :more) and a.recipients > 0
                group by grouping sets ((week), ())""".formatted(PerWeek.week("p.created_at")))
                .bind("more", MORE_ADDRESSEES_THAN), period,
                row -> new Mails(row.longValue("mails"), PerWeek.count(row, "recipients")), new Mails(0, 0));
    }
}
