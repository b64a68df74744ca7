package nl.relay.community.insight;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import nl.relay.platform.database.NativeSql;
import nl.relay.posts.PostVisibility;

/**
 * The topics of the most posts written in the period. Only posts everyone may read count (outside groups and in
 * public groups): a topic used only in private groups never shows, and neither does how often private groups use it.
 */
@ApplicationScoped
class TopTopics {

    static final int TOPICS = 20;

    private final EntityManager entityManager;
    private final PostVisibility visibility;

    TopTopics(EntityManager entityManager, PostVisibility visibility) {
        this.entityManager = entityManager;
        this.visibility = visibility;
    }

    List<InsightReport.TopicCount> read(InsightPeriod period) {
        return NativeSql.select(entityManager, """
                select t.topic, count(*) as posts from post p join post_topic t on t.post_id = p.id
                where p.created_at >= :start and p.created_at < :end and %s
                group by t.topic order by posts desc, t.topic limit :limit"""
                .formatted(visibility.shownToAnyoneClause("p")))
                .bind("start", period.start()).bind("end", period.end()).bind("limit", TOPICS)
                .list(row -> new InsightReport.TopicCount(row.text("topic"), row.longValue("posts")));
    }
}
