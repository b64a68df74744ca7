package nl.relay.community.help;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import nl.relay.platform.database.NativeSql;
import nl.relay.posts.PostVisibility;

/**
 * "Who knows about" a topic or a client: the people whose answers were accepted most on questions about it (the
 * question or the accepted answer carries the topic, or is about the client), over the posts the viewer may read.
 * Only people still working here are named.
 */
@ApplicationScoped
public class Experts {

    /** How many people a topic or client page names. */
    public static final int SHOWN = 5;

    private final EntityManager entityManager;
    private final PostVisibility visibility;

    Experts(EntityManager entityManager, PostVisibility visibility) {
        this.entityManager = entityManager;
        this.visibility = visibility;
    }

    public List<Expert> onTopic(long viewerId, String topic, int limit) {
        return mostAccepted("exists (select 1 from post_topic t where t.post_id in (x.question_id, x.answer_id)"
                + " and t.topic = :topic)", viewerId, limit).bind("topic", topic)
                .list(Experts::expert);
    }

    public List<Expert> onClient(long viewerId, long clientId, int limit) {
        return mostAccepted(":client in (x.question_client, x.answer_client)", viewerId, limit)
                .bind("client", clientId)
                .list(Experts::expert);
    }

    private NativeSql mostAccepted(String about, long viewerId, int limit) {
        return NativeSql.select(entityManager, "select acc.username, acc.display_name, count(*) as accepted from ("
                + HelpQueries.accepted(visibility) + ") x join account acc on acc.id = x.author_id"
                + " where " + about + " and " + HelpQueries.named("acc")
                + " group by acc.id, acc.username, acc.display_name"
                + " order by count(*) desc, acc.username limit :limit")
                .bind("viewer", viewerId)
                .bind("limit", limit);
    }

    private static Expert expert(nl.relay.platform.database.Row row) {
        return new Expert(row.text("username"), row.text("display_name"), row.longValue("accepted"));
    }
}
