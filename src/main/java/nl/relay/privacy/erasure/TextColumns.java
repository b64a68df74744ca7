package nl.relay.privacy.erasure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import nl.relay.mailinglist.MailSubscriptions;
import nl.relay.platform.database.NativeSql;
import nl.relay.platform.database.Row;
import nl.relay.platform.text.TextFolding;
import nl.relay.privacy.PersonIdentifiers;

/**
 * Free text that colleagues wrote about people, outside posts: finds the rows where an identifier may occur
 * (a cheap condition on the column), and rewrites those where one does. The stores are named here, in code.
 */
@ApplicationScoped
class TextColumns {

    /** A table's free-text columns (not null) and its key. */
    record Store(String table, String key, String... columns) {
    }

    /** What colleagues write about a candidate or a vacancy, next to the anonymous profile. */
    static final List<Store> RECRUITMENT = List.of(new Store("candidate", "id", "title", "summary"),
            new Store("candidate_interest", "id", "note"), new Store("vacancy", "id", "title", "description"));

    /** The names of files on posts ("cv jan de vries.pdf"); a candidate's CV goes with the person instead. */
    static final Store ATTACHMENTS = new Store("post_attachment", "id", "filename");

    /** A poll's answers, written by the poll's author like its question (the post's body). */
    static final Store POLL_OPTIONS = new Store("poll_option", "id", "text");
    /** Why posts were reported, hidden, and what the moderation audit kept of it ("names jan de vries"). */
    static final List<Store> MODERATION = List.of(new Store("post", "id", "hidden_reason"),
            new Store("moderation_reason", "id", "reason"), new Store("moderation_audit", "id", "reason"));

    private final EntityManager entityManager;
    private final MailSubscriptions subscriptions;

    TextColumns(EntityManager entityManager, MailSubscriptions subscriptions) {
        this.entityManager = entityManager;
        this.subscriptions = subscriptions;
    }

    /** The keys of the rows of a table where an identifier may occur in one of the columns (some where none does). */
    List<Long> candidates(PersonIdentifiers identifiers, String table, String key, String... columns) {
        String condition = Arrays.stream(columns).map(column -> PersonIdentifiers.mayOccurIn("coalesce(" + column
                + ", '')")).collect(Collectors.joining(" or "));
        return identifiers.bindPatterns(NativeSql.select(entityManager, "select " + key + " as id from " + table
                + " where " + condition + " order by 1")).list(row -> row.longValue("id"));
    }

    /** Rewrites the columns of the store's rows where an identifier occurs; answers the keys of rows changed. */
    List<Long> rewrite(PersonIdentifiers identifiers, Store store, String marker) {
        List<Long> keys = candidates(identifiers, store.table(), store.key(), store.columns());
        if (keys.isEmpty()) {
            return List.of();
        }
        String columns = String.join(", ", store.columns());
        List<Row> rows = NativeSql.select(entityManager, "select " + store.key() + " as id, " + columns + " from "
                + store.table() + " where " + store.key() + " = any(cast(:ids as bigint[])) order by 1 for update")
                .bind("ids", keys.toArray(Long[]::new))
                .list(row -> row);
        List<Long> changed = new ArrayList<>();
        for (Row row : rows) {
            for (String column : store.columns()) {
                String text = row.text(column);
                String rewritten = identifiers.replace(text, marker);
                if (text != null && !text.equals(rewritten)) {
                    NativeSql.of(entityManager, "update " + store.table() + " set " + column + " = :text where "
                            + store.key() + " = :id")
                            .bind("text", rewritten).bind("id", row.longValue("id"))
                            .query().executeUpdate();
                    if (!changed.contains(row.longValue("id"))) {
                        changed.add(row.longValue("id"));
                    }
                }
            }
        }
        return changed;
    }

    /**
     * Stops following topics that name the person (#JanDeVries): a followed topic is a word, so it cannot keep a
     * marker; answers the followers.
     */
    List<Long> unfollow(PersonIdentifiers identifiers) {
        List<Row> rows = select(identifiers, "select follower_id, topic from follow_topic where "
                + PersonIdentifiers.mayOccurIn("topic") + " order by follower_id, topic for update");
        List<Long> followers = new ArrayList<>();
        for (Row row : rows) {
            String topic = row.text("topic");
            if (!topic.equals(identifiers.apply(topic))) {
                NativeSql.of(entityManager, "delete from follow_topic where follower_id = :follower and topic = :topic")
                        .bind("follower", row.longValue("follower_id")).bind("topic", topic).query().executeUpdate();
                if (!followers.contains(row.longValue("follower_id"))) {
                    followers.add(row.longValue("follower_id"));
                }
            }
        }
        return followers;
    }

    /**
     * Ends the mailing-list choices of topics that name the person, as {@link #unfollow} ends following them;
     * answers the subscribers.
     */
    List<Long> unsubscribeTopics(PersonIdentifiers identifiers) {
        List<Row> rows = select(identifiers, "select id, account_id, topic from mail_subscription where topic is not "
                + "null and " + PersonIdentifiers.mayOccurIn("topic") + " order by id for update");
        List<Long> subscribers = new ArrayList<>();
        for (Row row : rows) {
            String topic = row.text("topic");
            if (!topic.equals(identifiers.apply(topic))) {
                subscriptions.endTopic(row.longValue("account_id"), topic);
                if (!subscribers.contains(row.longValue("account_id"))) {
                    subscribers.add(row.longValue("account_id"));
                }
            }
        }
        return subscribers;
    }

    /** Rewrites the reasons of legal holds that name the person; answers the held candidates' or referrals' ids. */
    List<Long> rewriteHoldReasons(PersonIdentifiers identifiers, String marker) {
        List<Row> rows = select(identifiers, "select subject_kind, subject_id, reason from legal_hold where "
                + PersonIdentifiers.mayOccurIn("reason") + " order by subject_kind, subject_id for update");
        List<Long> held = new ArrayList<>();
        for (Row row : rows) {
            String reason = row.text("reason");
            String rewritten = identifiers.replace(reason, marker);
            if (!reason.equals(rewritten)) {
                NativeSql.of(entityManager, """
                        update legal_hold set reason = :reason where subject_kind = :kind and subject_id = :id""")
                        .bind("reason", rewritten).bind("kind", row.text("subject_kind"))
                        .bind("id", row.longValue("subject_id")).query().executeUpdate();
                held.add(row.longValue("subject_id"));
            }
        }
        return held;
    }

    /**
     * Rewrites the names and descriptions of groups that name the person; a renamed group's key follows (its id
     * is added to the name when another group has that name already). Answers the groups changed.
     */
    List<Long> rewriteGroups(PersonIdentifiers identifiers, String marker) {
        List<Long> changed = rewrite(identifiers, new Store("relay_group", "id", "name", "description"), marker);
        for (long id : changed) {
            String name = NativeSql.select(entityManager, "select name from relay_group where id = :id")
                    .bind("id", id).one(row -> row.text("name"));
            String key = groupKey(name);
            boolean taken = !NativeSql.select(entityManager,
                    "select id from relay_group where name_key = :key and id <> :id")
                    .bind("key", key).bind("id", id).list(row -> row.longValue("id")).isEmpty();
            if (taken) {
                name = name + " (" + id + ")";
                key = groupKey(name);
            }
            NativeSql.of(entityManager, "update relay_group set name = :name, name_key = :key where id = :id")
                    .bind("name", name).bind("key", key).bind("id", id).query().executeUpdate();
        }
        return changed;
    }

    /** As groups key their names: folded, at most 500 characters. */
    private static String groupKey(String name) {
        String key = TextFolding.fold(name.strip());
        return key.length() > 500 ? key.substring(0, 500) : key;
    }

    private List<Row> select(PersonIdentifiers identifiers, String sql) {
        return identifiers.bindPatterns(NativeSql.select(entityManager, sql)).list(row -> row);
    }
}
