package nl.relay.community.questions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.relay.platform.database.NativeSql;
import nl.relay.posts.PostVisibility;

/**
 * The questions a reader may see, newest first: all of them or only the open ones, in one topic, in one group, or
 * (without either) in the topics the reader follows and the groups they are a member of. Only what
 * {@link PostVisibility#shownClause} shows them, so a private group's questions stay inside it.
 */
@ApplicationScoped
public class QuestionList {

    private final EntityManager entityManager;
    private final PostVisibility visibility;

    QuestionList(EntityManager entityManager, PostVisibility visibility) {
        this.entityManager = entityManager;
        this.visibility = visibility;
    }

    /** The ids of one page of questions, newest first, older than {@code beforeId} when given. */
    public List<Long> page(long viewerId, QuestionFilter filter, Long beforeId, int fetchSize) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = new StringBuilder("where p.kind = 'question' and p.in_reply_to is null and ")
                .append(visibility.shownClause("p", ":viewer"));
        if (filter.onlyOpen()) {
            where.append(" and p.accepted_answer_id is null");
        }
        Optional<String> topic = filter.topic();
        Optional<Long> group = filter.group();
        topic.ifPresent(t -> {
            where.append(" and exists (select 1 from post_topic qt where qt.post_id = p.id and qt.topic = :topic)");
            parameters.put("topic", t);
        });
        group.ifPresent(g -> {
            where.append(" and p.group_id = :group");
            parameters.put("group", g);
        });
        if (topic.isEmpty() && group.isEmpty()) {
            where.append(' ').append("""
                    and (exists (select 1 from post_topic qt join follow_topic qf on qf.topic = qt.topic
                                 where qt.post_id = p.id and qf.follower_id = :viewer)
                         or exists (select 1 from group_member qm where qm.group_id = p.group_id
                                    and qm.account_id = :viewer))""");
        }
        if (beforeId != null) {
            where.append(" and p.id < :before");
            parameters.put("before", beforeId);
        }
        NativeSql query = NativeSql.select(entityManager, "select p.id from post p " + where
                + " order by p.id desc limit :limit").bind("viewer", viewerId).bind("limit", fetchSize);
        parameters.forEach(query::bind);
        return query.list(row -> row.longValue("id"));
    }
}
