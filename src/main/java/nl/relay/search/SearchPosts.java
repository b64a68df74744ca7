package nl.relay.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.relay.platform.database.NativeSql;
import nl.relay.platform.paging.Cursor;
import nl.relay.platform.paging.PageRequest;
import nl.relay.posts.PostVisibility;

/**
 * Finds the posts a search asks for among those the reader may see, through the one visibility rule: newest
 * first by id (a page's cursor is the last id, so posts arriving meanwhile never shift a page), or by relevance
 * among the newest {@value #RANKED} matches as they were at the first page.
 */
@ApplicationScoped
public class SearchPosts {

    /** How many of the newest matches relevance ranks: ranking every match of a common word takes seconds. */
    static final int RANKED = 10_000;
    /** Up to how many matches are counted exactly. */
    public static final int COUNTED = 1_000;

    private final EntityManager entityManager;
    private final PostVisibility visibility;

    SearchPosts(EntityManager entityManager, PostVisibility visibility) {
        this.entityManager = entityManager;
        this.visibility = visibility;
    }

    /** One page of post ids, the next page's cursor, and on the first page how many match (when at most 1,000). */
    public record Found(List<Long> ids, String next, Integer total) {
    }

    @Transactional
    public Found search(long readerId, SearchCriteria criteria, PageRequest page) {
        customPlans();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("reader", readerId);
        String matching = " from post p where " + visibility.shownClause("p", ":reader")
                + criteria.conditions(parameters);
        boolean firstPage = page.cursor(criteria.sort() == SearchCriteria.Sort.NEWEST ? 1 : 2).isEmpty();
        Found found = criteria.sort() == SearchCriteria.Sort.NEWEST
                ? newest(matching, parameters, page)
                : byRelevance(matching, parameters, page);
        Integer total = firstPage ? count(matching, parameters) : null;
        return new Found(found.ids(), found.next(), total);
    }

    private Found newest(String matching, Map<String, Object> parameters, PageRequest page) {
        String before = "";
        Long beforeId = page.cursor(1).map(c -> c.longKey(0)).orElse(null);
        if (beforeId != null) {
            before = " and p.id < :before";
            parameters.put("before", beforeId);
        }
        List<Long> ids = ids("select p.id" + matching + before + " order by p.id desc limit :limit", parameters,
                page.fetchSize());
        return cut(ids, page, last -> Cursor.of(last));
    }

    private Found byRelevance(String matching, Map<String, Object> parameters, PageRequest page) {
        Cursor cursor = page.cursor(2).orElse(null);
        long top = cursor == null ? highestId() : cursor.longKey(0);
        long offset = cursor == null ? 0 : cursor.longKey(1);
        if (offset < 0 || offset > RANKED) {
            throw new nl.relay.platform.errors.MalformedRequest("The cursor is not valid for this list.");
        }
        parameters.put("top", top);
        parameters.put("offset", offset);
        parameters.put("ranked", RANKED);
        String sql = "select m.id from (select p.id, p.search_terms" + matching + " and p.id <= :top"
                + " order by p.id desc limit :ranked) m"
                + " order by ts_rank_cd(m.search_terms, cast(:tsquery as tsquery)) desc, m.id desc"
                + " offset :offset limit :limit";
        List<Long> ids = ids(sql, parameters, page.fetchSize());
        long nextOffset = offset + page.limit();
        return cut(ids, page, last -> Cursor.of(top, nextOffset));
    }

    private Integer count(String matching, Map<String, Object> parameters) {
        parameters.put("counted", COUNTED + 1);
        NativeSql query = NativeSql.select(entityManager,
                "select count(*) as n from (select 1" + matching + " limit :counted) c");
        parameters.forEach((name, value) -> {
            if (!name.equals("before") && !name.equals("top") && !name.equals("offset") && !name.equals("ranked")) {
                query.bind(name, value);
            }
        });
        long n = query.one(row -> row.longValue("n"));
        return n > COUNTED ? null : (int) n;
    }

    private List<Long> ids(String sql, Map<String, Object> parameters, int limit) {
        NativeSql query = NativeSql.select(entityManager, sql).bind("limit", limit);
        parameters.forEach(query::bind);
        return query.list(row -> row.longValue("id"));
    }

    private long highestId() {
        return NativeSql.select(entityManager, "select coalesce(max(id), 0) as id from post")
                .one(row -> row.longValue("id"));
    }

    private static Found cut(List<Long> ids, PageRequest page, java.util.function.Function<Long, Cursor> cursorOf) {
        if (ids.size() <= page.limit()) {
            return new Found(ids, null, null);
        }
        List<Long> kept = List.copyOf(ids.subList(0, page.limit()));
        return new Found(kept, cursorOf.apply(kept.getLast()).encode(), null);
    }

    /**
     * How a text search is best run depends on how common its words are: a rare word through the word index, a
     * common one by reading the newest posts. PostgreSQL can only choose when it plans with the query's own
     * words, not a plan kept for any words.
     */
    private void customPlans() {
        entityManager.createNativeQuery("set local plan_cache_mode = force_custom_plan").executeUpdate();
    }
}
