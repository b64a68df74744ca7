package nl.relay.community.help;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import nl.relay.community.praise.ReceivedPraise;
import nl.relay.platform.database.NativeSql;
import nl.relay.posts.PostVisibility;

/**
 * Who helped most in a period, over the posts the viewer may read: accepted answers (by when they were accepted),
 * answers and praise (by when they were written). Only people still working here are named; the spread of the
 * accepted answers counts everyone.
 */
@ApplicationScoped
public class LeaderboardQuery {

    private final EntityManager entityManager;
    private final PostVisibility visibility;

    private final Clock clock;

    LeaderboardQuery(EntityManager entityManager, PostVisibility visibility, Clock clock) {
        this.entityManager = entityManager;
        this.visibility = visibility;
        this.clock = clock;
    }

    /**
     * The leaderboard of the period from {@code from} to {@code to} (ISO dates, both included, either may be absent:
     * see {@link HelpPeriod}) as the viewer may see it, its {@code limit} first people.
     */
    public Leaderboard of(long viewerId, String from, String to, int limit) {
        HelpPeriod period = HelpPeriod.parse(from, to, clock);
        return new Leaderboard(period.from(), period.to(), top(viewerId, period, limit), share(viewerId, period));
    }

    private List<Helper> top(long viewerId, HelpPeriod period, int limit) {
        return NativeSql.select(entityManager, "with accepted as (select author_id, count(*) as n from ("
                + HelpQueries.accepted(visibility) + " and q.accepted_at >= :from and q.accepted_at < :to) x"
                + " group by author_id), answers as (select author_id, count(*) as n from ("
                + HelpQueries.answers(visibility) + " and a.created_at >= :from and a.created_at < :to) y"
                + " group by author_id), praise as (select thanked_id, count(*) as n from ("
                + ReceivedPraise.thanks(visibility) + " and p.created_at >= :from and p.created_at < :to) z"
                + " group by thanked_id)"
                + " select acc.username, acc.display_name, coalesce(accepted.n, 0) as accepted,"
                + " coalesce(answers.n, 0) as answers, coalesce(praise.n, 0) as praise"
                + " from account acc left join accepted on accepted.author_id = acc.id"
                + " left join answers on answers.author_id = acc.id left join praise on praise.thanked_id = acc.id"
                + " where " + HelpQueries.named("acc")
                + " and (accepted.n is not null or answers.n is not null or praise.n is not null)"
                + " order by accepted desc, answers desc, praise desc, acc.username limit :limit")
                .bind("viewer", viewerId)
                .bind("from", Timestamp.from(period.startsAt()))
                .bind("to", Timestamp.from(period.endsBefore()))
                .bind("limit", limit)
                .list(row -> new Helper(row.text("username"), row.text("display_name"), row.longValue("accepted"),
                        row.longValue("answers"), row.longValue("praise")));
    }

    private AnswerShare share(long viewerId, HelpPeriod period) {
        return NativeSql.select(entityManager, "with accepted as (select author_id, count(*) as n from ("
                + HelpQueries.accepted(visibility) + " and q.accepted_at >= :from and q.accepted_at < :to) x"
                + " group by author_id), running as (select n, sum(n) over (order by n desc, author_id) as upto,"
                + " sum(n) over () as total from accepted)"
                + " select coalesce(max(total), 0) as accepted_answers, count(*) as answerers,"
                + " count(*) filter (where upto - n < 0.8 * total) as people_for_80,"
                + " (select count(*) from account acc where " + HelpQueries.named("acc") + ") as active_people"
                + " from running")
                .bind("viewer", viewerId)
                .bind("from", Timestamp.from(period.startsAt()))
                .bind("to", Timestamp.from(period.endsBefore()))
                .one(row -> {
                    long people = row.longValue("people_for_80");
                    long active = row.longValue("active_people");
                    return new AnswerShare(row.longValue("accepted_answers"), row.longValue("answerers"), people,
                            active, active == 0 ? 0 : (double) people / active);
                });
    }
}
