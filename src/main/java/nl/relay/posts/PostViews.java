package nl.relay.posts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.relay.community.polls.PollColumn;
import nl.relay.directory.Sector;
import nl.relay.directory.SectorView;
import nl.relay.platform.database.NativeSql;
import nl.relay.platform.database.Row;
import nl.relay.platform.http.RequestLanguage;
import nl.relay.posts.attachments.PostAttachments;

/**
 * Turns posts into views for one reader with a single query per page: the post with its author,
 * topics, mentions, client, files, poll and whether the reader liked it, in the order asked for.
 */
@RequestScoped
public class PostViews {

    private static final int CHUNK = 1000;
    private static final String QUERY = """
            select p.id, p.body, p.kind, p.client_id, p.sector_code, p.in_reply_to, p.thread_id, p.created_at,
                   p.edited_at, p.deleted, p.like_count, p.reply_count, p.signal_type,
                   a.username as author_username, a.display_name as author_name,
                   not a.active as author_former, c.name as client_name, c.sector_code as client_sector_code,
                   (select coalesce(string_agg(t.topic, ' ' order by t.topic), '') from post_topic t
                    where t.post_id = p.id) as topics,
                   (select coalesce(string_agg(m.username, ' ' order by m.username), '') from post_mention pm
                    join account m on m.id = pm.account_id where pm.post_id = p.id) as mentions,
                   not p.deleted and exists (select 1 from post_like l where l.post_id = p.id
                       and l.account_id = :viewer) as liked_by_viewer,
                   p.group_id, g.name as group_name, g.visibility as group_visibility,
                   ts.muted as thread_muted, p.accepted_answer_id,
                   p.id <> p.thread_id and exists (select 1 from post q where q.id = p.thread_id
                       and q.accepted_answer_id = p.id and not q.deleted) as accepted_answer, %s, %s,
                   case when p.author_id = :viewer then p.hidden_at end as hidden_at,
                   case when p.author_id = :viewer then p.hidden_reason end as hidden_reason
            from post p
            join account a on a.id = p.author_id
            left join thread_subscription ts on ts.account_id = :viewer and ts.thread_id = p.thread_id
            left join client c on c.id = p.client_id
            left join relay_group g on g.id = p.group_id
            where p.id in (:ids)""";

    private final EntityManager entityManager;
    private final RequestLanguage language;
    private final PostAttachments attachments;
    private final PollColumn polls;
    /** Whether the viewer follows (false) or muted (true) each thread seen in this request, for the pages. */
    private final Map<ThreadOf, Boolean> threadMuted = new HashMap<>();

    private record ThreadOf(long viewerId, long threadId) {
    }

    PostViews(EntityManager entityManager, RequestLanguage language, PostAttachments attachments, PollColumn polls) {
        this.polls = polls;
        this.entityManager = entityManager;
        this.language = language;
        this.attachments = attachments;
    }

    /**
     * Whether this viewer follows (false) or muted (true) a thread whose posts this request turned into
     * views; empty when they did neither. Read with the views, so a page of cards costs no extra query.
     */
    public java.util.Optional<Boolean> threadMuted(long viewerId, long threadId) {
        return java.util.Optional.ofNullable(threadMuted.get(new ThreadOf(viewerId, threadId)));
    }

    public PostView of(Post post, long viewerId) {
        return ofIds(List.of(post.id), viewerId).get(0);
    }

    public List<PostView> of(List<Post> posts, long viewerId) {
        return ofIds(posts.stream().map(p -> p.id).toList(), viewerId);
    }

    /** Views of the posts with these ids, in this order; a thousand at a time to keep the id list short. */
    public List<PostView> ofIds(List<Long> ids, long viewerId) {
        List<PostView> views = new ArrayList<>(ids.size());
        for (int start = 0; start < ids.size(); start += CHUNK) {
            views.addAll(chunk(ids.subList(start, Math.min(ids.size(), start + CHUNK)), viewerId));
        }
        return views;
    }

    private List<PostView> chunk(List<Long> ids, long viewerId) {
        if (ids.isEmpty()) {
            return List.of();
        }
        boolean english = language.isEnglish();
        Map<Long, PostView> byId = new HashMap<>();
        NativeSql.select(entityManager, QUERY.formatted(attachments.column("p", "attachments"),
                polls.column("p", ":viewer", "poll")))
                .bind("ids", ids)
                .bind("viewer", viewerId)
                .list(row -> {
                    Boolean muted = (Boolean) row.value("thread_muted");
                    if (muted != null) {
                        threadMuted.put(new ThreadOf(viewerId, row.longValue("thread_id")), muted);
                    }
                    return view(row, english);
                })
                .forEach(view -> byId.put(view.id(), view));
        return ids.stream().map(byId::get).filter(v -> v != null).toList();
    }

    private PostView view(Row row, boolean english) {
        boolean deleted = row.flag("deleted");
        PostView.Person author = new PostView.Person(row.text("author_username"), row.text("author_name"),
                row.flag("author_former"));
        Long groupId = row.nullableLong("group_id");
        PostView.GroupRef group = groupId == null
                ? null
                : new PostView.GroupRef(groupId, row.text("group_name"), row.text("group_visibility"));
        Long clientId = row.nullableLong("client_id");
        PostView.ClientRef client = clientId == null ? null : new PostView.ClientRef(clientId, row.text("client_name"));
        String sectorCode = row.text("sector_code") != null ? row.text("sector_code") : row.text("client_sector_code");
        PostView.SectorRef sector = sectorCode == null
                ? null
                : PostView.SectorRef.of(SectorView.from(Sector.findById(sectorCode), english));
        return new PostView(row.longValue("id"), author, deleted ? "" : row.text("body"),
                PostKind.parse(row.text("kind")).orElse(PostKind.NOTE), words(row.text("topics")),
                words(row.text("mentions")), group, client, sector, row.nullableLong("in_reply_to"),
                row.longValue("thread_id"), row.instant("created_at"), row.instant("edited_at"), deleted,
                row.intValue("like_count"), row.flag("liked_by_viewer"), row.intValue("reply_count"),
                SignalType.parse(row.text("signal_type")).orElse(null), attachments.read(row.text("attachments")),
                deleted ? null : row.nullableLong("accepted_answer_id"), !deleted && row.flag("accepted_answer"),
                polls.read(row.text("poll")), row.instant("hidden_at"), row.text("hidden_reason"));
    }

    private static List<String> words(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(" "));
    }
}
