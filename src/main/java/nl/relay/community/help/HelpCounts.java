package nl.relay.community.help;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import nl.relay.community.praise.ReceivedPraise;
import nl.relay.platform.database.NativeSql;
import nl.relay.posts.PostVisibility;

/** One person's help numbers as a viewer may see them, in one query. */
@ApplicationScoped
public class HelpCounts {

    private final EntityManager entityManager;
    private final PostVisibility visibility;

    HelpCounts(EntityManager entityManager, PostVisibility visibility) {
        this.entityManager = entityManager;
        this.visibility = visibility;
    }

    public PersonHelp of(long viewerId, long personId) {
        return NativeSql.select(entityManager, "with answers as (" + HelpQueries.answers(visibility)
                + " and a.author_id = :person), first_answers as (select question_id, min(created_at) - min(asked_at)"
                + " as waited from answers group by question_id)"
                + " select (select count(*) from answers) as answers,"
                + " (select count(*) from (" + HelpQueries.accepted(visibility) + " and a.author_id = :person) acc)"
                + " as accepted,"
                + " (select count(*) from (" + ReceivedPraise.thanks(visibility) + " and m.account_id = :person) pr)"
                + " as praise,"
                + " (select round(percentile_cont(0.5) within group (order by extract(epoch from waited) / 60))"
                + " from first_answers) as median_minutes")
                .bind("viewer", viewerId)
                .bind("person", personId)
                .one(row -> new PersonHelp(row.longValue("answers"), row.longValue("accepted"),
                        row.longValue("praise"), row.nullableLong("median_minutes")));
    }
}
