package nl.relay.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.relay.platform.database.NativeSql;
import nl.relay.platform.errors.MalformedRequest;
import nl.relay.platform.paging.Cursor;
import nl.relay.platform.paging.PageRequest;
import nl.relay.posts.PostVisibility;
import nl.relay.search.query.Lexemes;

/**
 * Finds the posts a search asks for among those the reader may see, through the one visibility rule: newest
 * first by id (a page's cursor is the last id, so posts arriving meanwhile never shift a page), or by relevance
 * among the newest {@value #RANKED} matches as they were at the first page.
 */
@ApplicationScoped
public class SearchPosts {

    /** How many of the newest matches relevance ranks: ranking every match of a common word takes seconds. */
    static final int RANKED = 10_000;
    /** How many of the newest ids the newest-first search reads first, before it asks the word index. */
    static final long PROBE = 1_000;
    /** How many ids back the newest-first search's first window reaches. */
    static final long FIRST_WINDOW = 100_000;
    /** Up to how many matches are counted exactly. */
    public static final int COUNTED = 1_000;

    private final EntityManager entityManager;
    private final PostVisibility visibility;
    private volatile long firstWindow = FIRST_WINDOW;

    SearchPosts(EntityManager entityManager, PostVisibility visibility) {
        this.entityManager = entityManager;
        this.visibility = visibility;
    }

    /**
     * One page of post ids, the next page's cursor, and on the first page how many match: when there are at most
     * 1,000 and counting them is cheap (sorted by relevance, or newest first when the first page had to look
     * through the whole archive); otherwise null.
     */
    public record Found(List<Long> ids, String next, Integer total) {
    }

    @Transactional
    public Found search(long readerId, SearchCriteria criteria, PageRequest page) {
        customPlans();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("reader", readerId);
        String matching = " from post p where " + visibility.shownClause("p", ":reader")
                + criteria.conditions(parameters);
        if (criteria.sort() == SearchCriteria.Sort.RELEVANCE) {
            Found found = byRelevance(matching, new HashMap<>(parameters), page);
            boolean firstPage = page.cursor(2).isEmpty();
            return new Found(found.ids(), found.next(), firstPage ? count(matching, parameters) : null);
        }
        Map<String, Object> straightParameters = new HashMap<>();
        straightParameters.put("reader", readerId);
        String straight = " from post p where " + visibility.shownClause("p", ":reader")
                + criteria.conditions(straightParameters, false);
        Newest newest = newest(matching, straight, straightParameters, new HashMap<>(parameters), page);
        boolean firstPage = page.cursor(1).isEmpty();
        Integer total = firstPage && newest.searchedAll() ? count(matching, parameters) : null;
        return new Found(newest.found().ids(), newest.found().next(), total);
    }

    /** Makes the first window this many ids wide: tests use a tiny one to search an archive of a few posts in windows. */
    void useFirstWindow(long ids) {
        firstWindow = ids;
    }

    /** A page newest first, and whether the whole archive below the cursor had to be searched to fill it. */
    private record Newest(Found found, boolean searchedAll) {
    }

    /**
     * A page newest first, looked for in windows of ids going back in time, each four times as wide as the one
     * before, until the page is full. The word index finds every post with the words, old or new, and reading
     * each to sort by date is what costs; so a window also asks the word index for the {@link Lexemes#age age}
     * terms of its ids, and only the posts among the newest are read: a page of a word in 1 post out of 500
     * costs about the same in an archive of one million posts as in one of five.
     */
    private Newest newest(String matching, String straight, Map<String, Object> straightParameters,
            Map<String, Object> parameters, PageRequest page) {
        Long beforeId = page.cursor(1).map(c -> c.longKey(0)).orElse(null);
        long upper = beforeId != null ? beforeId : highestId() + 1;
        String indexed = parameters.containsKey("indexable") ? "indexable" : "tsquery";
        String words = (String) parameters.get(indexed);
        List<Long> ids = new ArrayList<>();
        // First the newest thousand posts, read straight and checked row by row (enough for a common word, and a
        // bounded cost for any other), then ever wider windows asked of the word index.
        long span = Math.min(PROBE, firstWindow);
        boolean probe = true;
        while (ids.size() < page.fetchSize() && upper > 0) {
            long lower = Math.max(0, upper - span);
            Map<String, Object> window = new HashMap<>(probe ? straightParameters : parameters);
            window.put("upper", upper);
            window.put("lower", lower);
            if (words != null && lower > 0 && !probe) {
                window.put(indexed, "(" + words + ") & " + ages(lower, upper));
            }
            ids.addAll(ids("select p.id" + (probe ? straight : matching) + " and p.id < :upper and p.id >= :lower"
                    + " order by p.id desc limit :limit", window, page.fetchSize() - ids.size()));
            upper = lower;
            span = probe ? firstWindow : span * 4;
            probe = false;
        }
        return new Newest(cut(ids, page, last -> Cursor.of(last)), upper == 0);
    }

    /** The age terms of the ids from {@code lower} up to (not including) {@code upper}, as one of them. */
    private static String ages(long lower, long upper) {
        List<String> ages = new ArrayList<>();
        for (long age = lower / Lexemes.IDS_PER_AGE; age <= (upper - 1) / Lexemes.IDS_PER_AGE; age++) {
            ages.add(Lexemes.quoted(Lexemes.age(age * Lexemes.IDS_PER_AGE)));
        }
        return "(" + String.join(" | ", ages) + ")";
    }

    private Found byRelevance(String matching, Map<String, Object> parameters, PageRequest page) {
        Cursor cursor = page.cursor(2).orElse(null);
        long top = cursor == null ? highestId() : cursor.longKey(0);
        long offset = cursor == null ? 0 : cursor.longKey(1);
        if (offset < 0 || offset > RANKED) {
            throw new MalformedRequest("The cursor is not valid for this list.");
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

    /**
     * Counts up to {@value #COUNTED} + 1 matches, in id order, so a common word is counted by reading the newest
     * posts until enough match, not by first collecting every match from the word index.
     */
    private Integer count(String matching, Map<String, Object> parameters) {
        NativeSql query = NativeSql.select(entityManager,
                "select count(*) as n from (select 1" + matching + " order by p.id desc limit :counted) c")
                .bind("counted", COUNTED + 1);
        parameters.forEach(query::bind);
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

    private static Found cut(List<Long> ids, PageRequest page, Function<Long, Cursor> cursorOf) {
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
