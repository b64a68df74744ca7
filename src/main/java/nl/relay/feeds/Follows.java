package nl.relay.feeds;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.relay.accounts.Account;
import nl.relay.platform.errors.InvalidInput;
import nl.relay.platform.errors.NotFound;
import nl.relay.posts.PostText;

/**
 * Following and unfollowing people and topics; each change reshapes the home feed at once
 * (recent posts come in on follow, and leave on unfollow).
 */
@ApplicationScoped
public class Follows {

    private final EntityManager entityManager;
    private final HomeTimeline timeline;
    private final Event<TopicUnfollowed> unfollowed;

    Follows(EntityManager entityManager, HomeTimeline timeline, Event<TopicUnfollowed> unfollowed) {
        this.entityManager = entityManager;
        this.timeline = timeline;
        this.unfollowed = unfollowed;
    }

    @Transactional
    public void followAccount(long readerId, String username) {
        long followeeId = accountId(username);
        if (followeeId == readerId) {
            throw new InvalidInput("username", "you cannot follow yourself");
        }
        int added = entityManager.createNativeQuery("""
                insert into follow_account (follower_id, followee_id) values (?1, ?2) on conflict do nothing""")
                .setParameter(1, readerId).setParameter(2, followeeId).executeUpdate();
        if (added > 0) {
            timeline.backfillAuthor(readerId, followeeId);
        }
    }

    @Transactional
    public void unfollowAccount(long readerId, String username) {
        long followeeId = accountId(username);
        int removed = entityManager
                .createNativeQuery("delete from follow_account where follower_id = ?1 and followee_id = ?2")
                .setParameter(1, readerId).setParameter(2, followeeId).executeUpdate();
        if (removed > 0) {
            timeline.pruneAuthor(readerId, followeeId);
        }
    }

    @Transactional
    public void followTopic(long readerId, String rawTopic) {
        String topic = topic(rawTopic);
        int added = entityManager.createNativeQuery("""
                insert into follow_topic (follower_id, topic) values (?1, ?2) on conflict do nothing""")
                .setParameter(1, readerId).setParameter(2, topic).executeUpdate();
        if (added > 0) {
            timeline.backfillTopic(readerId, topic);
        }
    }

    @Transactional
    public void unfollowTopic(long readerId, String rawTopic) {
        String topic = topic(rawTopic);
        int removed = entityManager.createNativeQuery("delete from follow_topic where follower_id = ?1 and topic = ?2")
                .setParameter(1, readerId).setParameter(2, topic).executeUpdate();
        if (removed > 0) {
            timeline.pruneTopic(readerId, topic);
            unfollowed.fire(new TopicUnfollowed(readerId, topic));
        }
    }

    @SuppressWarnings("unchecked")
    public FollowsView of(long readerId) {
        List<String> accounts = entityManager.createNativeQuery("""
                select a.username from follow_account f join account a on a.id = f.followee_id
                where f.follower_id = ?1 order by a.username""").setParameter(1, readerId).getResultList();
        List<String> topics = entityManager.createNativeQuery(
                "select topic from follow_topic where follower_id = ?1 order by topic").setParameter(1, readerId)
                .getResultList();
        List<Long> groups = ((List<Number>) entityManager.createNativeQuery(
                "select group_id from group_member where account_id = ?1 order by group_id").setParameter(1, readerId)
                .getResultList()).stream().map(Number::longValue).toList();
        return new FollowsView(accounts, topics, groups);
    }

    private static long accountId(String username) {
        return Account.findByUsername(username).map(a -> a.id)
                .orElseThrow(() -> new NotFound("There is no account '" + username + "'."));
    }

    private static String topic(String raw) {
        return PostText.normaliseTopic(raw).orElseThrow(() -> new InvalidInput("topic",
                "must be letters, digits or '_' with at least one letter, at most 100 characters"));
    }

    /** What someone follows. */
    public record FollowsView(List<String> accounts, List<String> topics, List<Long> groups) {
    }
}
