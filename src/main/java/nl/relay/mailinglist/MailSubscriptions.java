package nl.relay.mailinglist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import nl.relay.feeds.TopicUnfollowed;
import nl.relay.groups.MemberLeft;
import nl.relay.platform.database.NativeSql;
import nl.relay.platform.errors.InvalidInput;
import nl.relay.platform.errors.NotFound;
import nl.relay.posts.PostText;
import nl.relay.posts.PostVisibility;

/**
 * The one writer of mail_subscription: which groups (that the person may read) and which followed topics someone
 * receives every post of by mail. Choosing again, or turning off what is off, changes nothing. Leaving a group or
 * unfollowing a topic ends its mails (a private group one may no longer read is skipped at delivery anyway).
 */
@ApplicationScoped
public class MailSubscriptions {

    private final EntityManager entityManager;
    private final PostVisibility visibility;

    MailSubscriptions(EntityManager entityManager, PostVisibility visibility) {
        this.entityManager = entityManager;
        this.visibility = visibility;
    }

    /** What someone receives by mail now: groups they may read, topics they follow. */
    public MailingListView of(long accountId) {
        List<MailingListView.GroupEntry> groups = NativeSql.select(entityManager, """
                select g.id, g.name from mail_subscription s join relay_group g on g.id = s.group_id
                where s.account_id = :account and %s order by lower(g.name), g.id"""
                .formatted(visibility.groupReadableClause("g.id", ":account")))
                .bind("account", accountId)
                .list(row -> new MailingListView.GroupEntry(row.longValue("id"), row.text("name")));
        List<String> topics = NativeSql.select(entityManager, """
                select s.topic from mail_subscription s
                join follow_topic f on f.follower_id = s.account_id and f.topic = s.topic
                where s.account_id = :account order by s.topic""")
                .bind("account", accountId).list(row -> row.text("topic"));
        return new MailingListView(groups, topics);
    }

    /**
     * What the settings page offers: the groups the person is a member of or chose (and may read), and the topics they
     * follow, each with whether it comes by mail.
     */
    public MailingListChoices choices(long accountId) {
        List<MailingListChoices.GroupChoice> groups = NativeSql.select(entityManager, """
                select g.id, g.name, exists (select 1 from mail_subscription s
                                             where s.account_id = :account and s.group_id = g.id) as by_mail
                from relay_group g
                where (exists (select 1 from group_member m where m.group_id = g.id and m.account_id = :account)
                       or exists (select 1 from mail_subscription s where s.account_id = :account
                                  and s.group_id = g.id))
                  and %s
                order by lower(g.name), g.id""".formatted(visibility.groupReadableClause("g.id", ":account")))
                .bind("account", accountId)
                .list(row -> new MailingListChoices.GroupChoice(row.longValue("id"), row.text("name"),
                        row.flag("by_mail")));
        List<MailingListChoices.TopicChoice> topics = NativeSql.select(entityManager, """
                select f.topic, exists (select 1 from mail_subscription s
                                        where s.account_id = f.follower_id and s.topic = f.topic) as by_mail
                from follow_topic f where f.follower_id = :account order by f.topic""")
                .bind("account", accountId)
                .list(row -> new MailingListChoices.TopicChoice(row.text("topic"), row.flag("by_mail")));
        return new MailingListChoices(groups, topics);
    }

    /**
     * The settings page's form: of the choices offered ({@link #choices}), those ticked come by mail and the others
     * not; anything else sent along is not offered and changes nothing.
     */
    @Transactional
    public void choose(long accountId, Set<Long> groups, Set<String> topics) {
        MailingListChoices offered = choices(accountId);
        for (MailingListChoices.GroupChoice group : offered.groups()) {
            if (groups.contains(group.id()) && !group.byMail()) {
                addGroup(accountId, group.id());
            } else if (!groups.contains(group.id()) && group.byMail()) {
                removeGroup(accountId, group.id());
            }
        }
        for (MailingListChoices.TopicChoice topic : offered.topics()) {
            if (topics.contains(topic.topic()) && !topic.byMail()) {
                addTopic(accountId, topic.topic());
            } else if (!topics.contains(topic.topic()) && topic.byMail()) {
                endTopic(accountId, topic.topic());
            }
        }
    }

    /** Every post of the group by mail; the group must be one the person may read (else, as for any, 404). */
    @Transactional
    public void addGroup(long accountId, long groupId) {
        requireReadable(accountId, groupId);
        NativeSql.of(entityManager, """
                insert into mail_subscription (account_id, group_id) values (:account, :group)
                on conflict (account_id, group_id) where group_id is not null do nothing""")
                .bind("account", accountId).bind("group", groupId).query().executeUpdate();
    }

    /** No more mails of the group; 404 for a group the person may not read and had not chosen. */
    @Transactional
    public void removeGroup(long accountId, long groupId) {
        int removed = NativeSql.of(entityManager,
                "delete from mail_subscription where account_id = :account and group_id = :group")
                .bind("account", accountId).bind("group", groupId).query().executeUpdate();
        if (removed == 0) {
            requireReadable(accountId, groupId);
        }
    }

    /** Every post of a topic the person follows by mail (422 for one they do not follow). */
    @Transactional
    public void addTopic(long accountId, String rawTopic) {
        String topic = topic(rawTopic);
        boolean follows = !NativeSql.of(entityManager,
                "select 1 from follow_topic where follower_id = :account and topic = :topic")
                .bind("account", accountId).bind("topic", topic).query().getResultList().isEmpty();
        if (!follows) {
            throw new InvalidInput("topic", "you do not follow #" + topic + "; follow it first");
        }
        NativeSql.of(entityManager, """
                insert into mail_subscription (account_id, topic) values (:account, :topic)
                on conflict (account_id, topic) where topic is not null do nothing""")
                .bind("account", accountId).bind("topic", topic).query().executeUpdate();
    }

    /** No more mails of the topic. */
    @Transactional
    public void removeTopic(long accountId, String rawTopic) {
        endTopic(accountId, topic(rawTopic));
    }

    /** Unfollowing a topic ends its mails, so following it again later does not bring them back unasked. */
    void topicUnfollowed(@Observes TopicUnfollowed event) {
        endTopic(event.accountId(), event.topic());
    }

    /** Leaving a group ends its mails. */
    void memberLeft(@Observes MemberLeft event) {
        NativeSql.of(entityManager, "delete from mail_subscription where account_id = :account and group_id = :group")
                .bind("account", event.accountId()).bind("group", event.groupId()).query().executeUpdate();
    }

    /**
     * No more mails of the topic, as the person chose or unfollowed; also for the erasure, which ends the choices of
     * topics that name an erased person.
     */
    public void endTopic(long accountId, String topic) {
        NativeSql.of(entityManager, "delete from mail_subscription where account_id = :account and topic = :topic")
                .bind("account", accountId).bind("topic", topic).query().executeUpdate();
    }

    private void requireReadable(long accountId, long groupId) {
        boolean readable = (Boolean) NativeSql.of(entityManager,
                "select " + visibility.groupReadableClause(":group", ":account"))
                .bind("group", groupId).bind("account", accountId).query().getSingleResult();
        if (!readable) {
            throw new NotFound("There is no group " + groupId + ".");
        }
    }

    static String topic(String raw) {
        return PostText.normaliseTopic(raw).orElseThrow(() -> new InvalidInput("topic",
                "must be letters, digits or '_' with at least one letter, at most 100 characters"));
    }
}
