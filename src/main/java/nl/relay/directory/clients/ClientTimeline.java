package nl.relay.directory.clients;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.relay.platform.database.NativeSql;
import nl.relay.platform.database.Row;
import nl.relay.platform.errors.MalformedRequest;
import nl.relay.platform.paging.Cursor;
import nl.relay.platform.paging.Page;
import nl.relay.platform.paging.PageRequest;
import nl.relay.posts.PostView;
import nl.relay.posts.PostViews;
import nl.relay.posts.PostVisibility;

/**
 * A client's timeline, newest first: its vacancies, signals and other posts the reader may read, and for
 * recruiters the proposals to its vacancies. Employees' lists are built without proposals at all, so neither
 * counts nor cursors betray them.
 */
@ApplicationScoped
public class ClientTimeline {

    private final EntityManager entityManager;
    private final PostVisibility visibility;
    private final PostViews views;

    ClientTimeline(EntityManager entityManager, PostVisibility visibility, PostViews views) {
        this.entityManager = entityManager;
        this.visibility = visibility;
        this.views = views;
    }

    public Page<TimelineItem> page(long clientId, long reader, boolean recruiter, PageRequest request) {
        Optional<Cursor> cursor = request.cursor(3);
        List<Entry> entries = NativeSql.select(entityManager, query(recruiter, cursor.isPresent()))
                .bind("client", clientId).bind("viewer", reader).bind("limit", request.fetchSize())
                .bind("at", cursor.map(ClientTimeline::at).orElse(null))
                .bind("type", cursor.map(c -> c.key(1)).orElse(null))
                .bind("id", cursor.map(c -> c.longKey(2)).orElse(null))
                .list(row -> new Entry(row.text("type"), row.instant("at"), row.longValue("item_id"),
                        row.nullableLong("post_id")));
        return Page.of(entries, request, e -> Cursor.of(e.at(), e.type(), e.itemId())).mapAll(page -> items(page,
                reader));
    }

    /** One row of the timeline before its details are read. */
    private record Entry(String type, Instant at, long itemId, Long postId) {
    }

    private String query(boolean recruiter, boolean after) {
        String proposals = !recruiter ? "" : """
                union all
                select 'proposal' as type, pr.proposed_at as at, pr.id as item_id, null::bigint as post_id
                from proposal pr
                join vacancy pv on pv.id = pr.vacancy_id join post pvp on pvp.id = pv.post_id
                join candidate pc on pc.id = pr.candidate_id join post pcp on pcp.id = pc.post_id
                where pr.client_id = :client and %s and %s
                """.formatted(visibility.shownClause("pvp", ":viewer"), visibility.shownClause("pcp", ":viewer"));
        return """
                with items as (
                    select 'vacancy' as type, v.created_at as at, v.id as item_id, v.post_id as post_id
                    from vacancy v join post vp on vp.id = v.post_id
                    where v.client_id = :client and %s
                    union all
                    select case when p.kind = 'signal' then 'signal' else 'post' end as type, p.created_at as at,
                           p.id as item_id, p.id as post_id
                    from post p
                    where p.client_id = :client and %s and not exists (select 1 from vacancy pv where pv.post_id = p.id)
                    %s
                )
                select type, at, item_id, post_id from items
                %s
                order by at desc, type desc, item_id desc
                limit :limit
                """.formatted(visibility.shownClause("vp", ":viewer"), visibility.shownClause("p", ":viewer"),
                proposals,
                after ? "where (at, type, item_id) < (cast(:at as timestamptz), cast(:type as text), :id)" : "");
    }

    private static Instant at(Cursor cursor) {
        try {
            return Instant.parse(cursor.key(0));
        } catch (DateTimeParseException e) {
            throw new MalformedRequest("The cursor is not valid for this list.");
        }
    }

    private List<TimelineItem> items(List<Entry> entries, long reader) {
        Map<Long, PostView> posts = views.ofIds(entries.stream().map(Entry::postId)
                .filter(id -> id != null).distinct().toList(), reader).stream()
                .collect(Collectors.toMap(PostView::id, Function.identity()));
        Map<Long, TimelineItem.VacancyRef> vacancies = vacancies(ids(entries, "vacancy"));
        Map<Long, TimelineItem.ProposalRef> proposals = proposals(ids(entries, "proposal"));
        return entries.stream().map(e -> new TimelineItem(e.type(), e.at(),
                e.postId() == null ? null : posts.get(e.postId()),
                e.type().equals("vacancy") ? vacancies.get(e.itemId()) : null,
                e.type().equals("proposal") ? proposals.get(e.itemId()) : null)).toList();
    }

    private static List<Long> ids(List<Entry> entries, String type) {
        return entries.stream().filter(e -> e.type().equals(type)).map(Entry::itemId).toList();
    }

    private Map<Long, TimelineItem.VacancyRef> vacancies(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return NativeSql.select(entityManager, """
                select v.id, v.title, v.status, a.username, a.display_name
                from vacancy v join account a on a.id = v.owner_id where v.id in (:ids)""")
                .bind("ids", ids)
                .list(row -> new TimelineItem.VacancyRef(row.longValue("id"), row.text("title"), row.text("status"),
                        person(row)))
                .stream().collect(Collectors.toMap(TimelineItem.VacancyRef::id, Function.identity()));
    }

    private Map<Long, TimelineItem.ProposalRef> proposals(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return NativeSql.select(entityManager, """
                select pr.id, pr.vacancy_id, v.title as vacancy_title, pr.candidate_id, c.title as candidate_title,
                       pr.status, a.username, a.display_name
                from proposal pr join vacancy v on v.id = pr.vacancy_id join candidate c on c.id = pr.candidate_id
                join account a on a.id = pr.proposed_by
                where pr.id in (:ids)""")
                .bind("ids", ids)
                .list(row -> new TimelineItem.ProposalRef(row.longValue("id"), row.longValue("vacancy_id"),
                        row.text("vacancy_title"), row.longValue("candidate_id"), row.text("candidate_title"),
                        person(row), row.text("status")))
                .stream().collect(Collectors.toMap(TimelineItem.ProposalRef::id, Function.identity()));
    }

    private static TimelineItem.Person person(Row row) {
        return new TimelineItem.Person(row.text("username"), row.text("display_name"));
    }
}
