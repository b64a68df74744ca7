package nl.relay.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.relay.platform.database.NativeSql;
import nl.relay.platform.http.RequestLanguage;
import nl.relay.posts.PostVisibility;

/**
 * How many of a search's newest {@value #COUNTED} matches have each kind, client, sector, author, group and month:
 * the numbers beside the filters of the search page. Only posts the reader may see are counted.
 */
@ApplicationScoped
public class SearchCounts {

    static final int COUNTED = 1_000;
    private static final int VALUES_PER_FACET = 10;

    private final EntityManager entityManager;
    private final PostVisibility visibility;
    private final RequestLanguage language;
    private final SearchConfig config;

    SearchCounts(EntityManager entityManager, PostVisibility visibility, RequestLanguage language,
            SearchConfig config) {
        this.entityManager = entityManager;
        this.visibility = visibility;
        this.language = language;
        this.config = config;
    }

    /** A value of a filter (what to put in the parameter), how it is called, and how many matches have it. */
    public record Count(String value, String label, long count) {
    }

    /** The counts per filter (kind, client, sector, author, group, month), and how many matches were counted. */
    public record Counts(int counted, Map<String, List<Count>> facets) {
    }

    @Transactional
    public Counts count(long readerId, SearchCriteria criteria) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("reader", readerId);
        parameters.put("counted", COUNTED);
        parameters.put("zone", config.timeZone().getId());
        String hits = "with hits as (select p.id, p.kind, p.client_id, p.author_id, p.group_id,"
                + " to_char(p.created_at at time zone :zone, 'YYYY-MM') as month,"
                + " coalesce(p.sector_code, (select c.sector_code from client c where c.id = p.client_id)) as sector"
                + " from post p where " + visibility.shownClause("p", ":reader") + criteria.conditions(parameters)
                + " order by p.id desc limit :counted) ";
        String sectorName = language.isEnglish() ? "s.name_en" : "s.name_nl";
        String sql = hits + """
                select 'all' as facet, null as value, null as label, count(*) as n from hits
                union all
                select 'kind', h.kind, h.kind, count(*) from hits h group by h.kind
                union all
                select 'client', cast(h.client_id as text), c.name, count(*) from hits h
                    join client c on c.id = h.client_id group by h.client_id, c.name
                union all
                select 'sector', h.sector, %s, count(*) from hits h join sector s on s.code = h.sector
                    group by h.sector, %s
                union all
                select 'author', a.username, a.display_name, count(*) from hits h join account a on a.id = h.author_id
                    group by a.username, a.display_name
                union all
                select 'group', cast(h.group_id as text), g.name, count(*) from hits h
                    join relay_group g on g.id = h.group_id group by h.group_id, g.name
                union all
                select 'month', h.month, h.month, count(*) from hits h group by h.month
                order by facet, n desc, label""".formatted(sectorName, sectorName);
        NativeSql query = NativeSql.select(entityManager, sql);
        parameters.forEach(query::bind);
        int counted = 0;
        Map<String, List<Count>> facets = new LinkedHashMap<>();
        for (String facet : List.of("kind", "client", "sector", "author", "group", "month")) {
            facets.put(facet, new ArrayList<>());
        }
        for (FacetRow row : query.list(row -> new FacetRow(row.text("facet"), row.text("value"), row.text("label"),
                row.longValue("n")))) {
            if (row.facet().equals("all")) {
                counted = (int) row.count();
            } else if (facets.get(row.facet()).size() < VALUES_PER_FACET || row.facet().equals("month")) {
                facets.get(row.facet()).add(new Count(row.value(), row.label(), row.count()));
            }
        }
        facets.get("month").sort((a, b) -> b.value().compareTo(a.value()));
        return new Counts(counted, facets);
    }

    private record FacetRow(String facet, String value, String label, long count) {
    }
}
