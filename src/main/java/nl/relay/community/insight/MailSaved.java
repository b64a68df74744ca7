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

    /**
     * One pass over the period's messages; the audience is worked out only for threads that can count: those in a
     * group, and those whose start mentions others at all (by a join on the mentions, not a query per thread). Each
     * step is materialised, so the planner joins finished sets instead of working out an audience per message.
     */
    PerWeek<Mails> read(InsightPeriod period) {
        return PerWeek.read(NativeSql.select(entityManager, """
                with written as materialized (
                    select p.thread_id, %s as week from post p
                    where p.created_at >= :start and p.created_at < :end and not p.deleted),
                starts as materialized (
                    select r.id, r.author_id, r.group_id
                    from (select distinct thread_id from written) t join post r on r.id = t.thread_id
                    where not r.deleted),
                mentioned as (
                    select s.id, m.account_id, s.group_id
                    from starts s join post_mention m on m.post_id = s.id and m.account_id <> s.author_id),
                addressed as materialized (
                    select id, count(*) as addressees,
                           count(*) filter (where group_id is null or not exists (
                               select 1 from group_member g where g.group_id = mentioned.group_id
                                                              and g.account_id = mentioned.account_id))
                             as outside_group
                    from mentioned group by id),
                sizes as (select group_id, count(*) as members from group_member group by group_id),
                audience as materialized (
                    select s.id,
                           coalesce(z.members, 0)
                           - (case when s.group_id is not null and exists (
                                  select 1 from group_member g where g.group_id = s.group_id
                                                                 and g.account_id = s.author_id)
                                   then 1 else 0 end)
                           + coalesce(a.outside_group, 0) as recipients
                    from starts s
                    left join addressed a on a.id = s.id
                    left join sizes z on z.group_id = s.group_id
                    where s.group_id is not null or a.addressees > :more)
                select week, count(*) as mails, sum(a.recipients) as recipients
                from written w join audience a on a.id = w.thread_id
                where a.recipients > 0
                group by grouping sets ((week), ())""".formatted(PerWeek.week("p.created_at")))
                .bind("more", MORE_ADDRESSEES_THAN), period,
                row -> new Mails(row.longValue("mails"), PerWeek.count(row, "recipients")), new Mails(0, 0));
    }
}
