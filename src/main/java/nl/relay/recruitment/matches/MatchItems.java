package nl.relay.recruitment.matches;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.relay.platform.database.NativeSql;
import nl.relay.posts.PostVisibility;

/**
 * Reads candidates and vacancies for matching: one by its id as a reader may see it, one by its post, and those of
 * the other side that share a skill with one and are still to be had (an available, unexpired candidate; an open
 * vacancy).
 */
@ApplicationScoped
class MatchItems {

    private static final String CANDIDATES = "select " + MatchItem.CANDIDATE_COLUMNS + """

            from candidate c
            join account a on a.id = c.owner_id
            join post p on p.id = c.post_id""";

    private static final String VACANCIES = "select " + MatchItem.VACANCY_COLUMNS + """

            from vacancy v
            join account a on a.id = v.owner_id
            join client k on k.id = v.client_id
            join post p on p.id = v.post_id""";

    /** How many items of the other side matching reads for one subject at most, before ranking them. */
    static final int POOL = 500;

    private final EntityManager entityManager;
    private final PostVisibility visibility;

    MatchItems(EntityManager entityManager, PostVisibility visibility) {
        this.entityManager = entityManager;
        this.visibility = visibility;
    }

    /** The candidate or vacancy with this id, if its post is shown to the reader. */
    Optional<MatchItem> shown(MatchItem.Side side, long id, long readerId) {
        String sql = (side == MatchItem.Side.CANDIDATE
                ? CANDIDATES + " where c.id = :id"
                : VACANCIES
                        + " where v.id = :id")
                + " and " + visibility.shownClause("p", ":reader");
        return NativeSql.select(entityManager, sql).bind("id", id).bind("reader", readerId).first(MatchItem::of);
    }

    /** The candidate or vacancy this post presents, if it is one and the post is not removed. */
    Optional<MatchItem> ofPost(long postId) {
        Optional<MatchItem> candidate = NativeSql.select(entityManager, CANDIDATES
                + " where c.post_id = :post and not p.deleted").bind("post", postId).first(MatchItem::of);
        if (candidate.isPresent()) {
            return candidate;
        }
        return NativeSql.select(entityManager, VACANCIES + " where v.post_id = :post and not p.deleted")
                .bind("post", postId).first(MatchItem::of);
    }

    /**
     * The items of the other side sharing at least one skill with the subject, still to be had, for the audience: at
     * most {@link #POOL}, those sharing the most skills first (then the newest). Ranking puts shared skills before
     * anything else, so the best few are always among them unless more than {@link #POOL} items tie on the most
     * shared skills, which a staffing desk does not reach; the bound keeps one broad skill from reading the table.
     */
    List<MatchItem> sharingSkills(MatchItem subject, Audience audience, Instant now) {
        boolean candidates = subject.side() == MatchItem.Side.VACANCY;
        StringBuilder sql = new StringBuilder(candidates
                ? CANDIDATES + " where c.skills && cast(:skills as text[]) and c.status = 'available'"
                        + " and c.expires_at > :now"
                : VACANCIES + " where v.skills && cast(:skills as text[]) and v.status = 'open'");
        if (audience.isViewer()) {
            sql.append(" and ").append(visibility.shownClause("p", ":viewer"));
        } else {
            sql.append(" and a.id <> :author and a.active and ").append(visibility.shownClause("p", "a.id"))
                    .append(" and exists (select 1 from post sp where sp.id = :subjectPost and ")
                    .append(visibility.shownClause("sp", "a.id")).append(")");
        }
        String alias = candidates ? "c" : "v";
        sql.append(" order by (select count(*) from unnest(").append(alias)
                .append(".skills) shared where shared = any(cast(:skills as text[]))) desc, ").append(alias)
                .append(".created_at desc, ").append(alias).append(".id desc limit :pool");
        NativeSql query = NativeSql.select(entityManager, sql.toString())
                .bind("skills", subject.skills().toArray(String[]::new))
                .bind("now", now)
                .bind("viewer", audience.viewerId())
                .bind("author", subject.ownerId())
                .bind("subjectPost", subject.postId())
                .bind("pool", POOL);
        return query.list(MatchItem::of);
    }
}
