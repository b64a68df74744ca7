package nl.relay.alerts.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import nl.relay.groups.Group;
import nl.relay.platform.RateLimit;
import nl.relay.platform.database.NativeSql;
import nl.relay.platform.errors.InvalidInput;
import nl.relay.posts.PostKind;
import nl.relay.posts.PostReferences;
import nl.relay.posts.PostText;
import nl.relay.posts.PostVisibility;
import org.hibernate.query.TypedParameterValue;
import org.hibernate.type.StandardBasicTypes;

/**
 * Tells the author of a draft how many alerts it will match and how many colleagues they will tell, in a
 * way that never points at one colleague, however the drafts and groups are chosen. Only alerts that tell
 * someone (a channel) count, and only people other than the author who may read the post where it goes.
 * A team alert counts once, as its group. Personal alerts count only as words at least three colleagues
 * watch word for word, so one person's own words never change an answer. People are counted per unit (a
 * group, or shared words) and summed, never merged across units: merging would show who is in two of them.
 * A draft for a private group counts only that group's own team alerts. Below three people the answer is
 * only "fewer than 3". Each person may ask {@value #PER_MINUTE} times a minute and {@value #PER_DAY} times
 * a day, on all instances together.
 */
@ApplicationScoped
public class PreviewReach {

    public static final int PER_MINUTE = 30;
    public static final int PER_DAY = 500;

    private final EntityManager entityManager;
    private final PostVisibility visibility;
    private final AlertMonitor monitor;
    private final RateLimit rateLimit;
    private final PostReferences references;

    PreviewReach(EntityManager entityManager, PostVisibility visibility, AlertMonitor monitor, RateLimit rateLimit,
            PostReferences references) {
        this.entityManager = entityManager;
        this.visibility = visibility;
        this.monitor = monitor;
        this.rateLimit = rateLimit;
        this.references = references;
    }

    public DraftReach preview(long authorId, Draft draft) {
        Group group = check(authorId, draft);
        rateLimit.take("alert-preview:" + authorId, new RateLimit.Window(PER_MINUTE, Duration.ofMinutes(1)),
                new RateLimit.Window(PER_DAY, Duration.ofDays(1)));
        if (draft.body() == null || draft.body().isBlank()) {
            return DraftReach.of(0, 0);
        }
        monitor.catchUp();
        Set<Long> alerts = monitor.match(List.of(post(authorId, draft).document())).get(0);
        if (alerts.isEmpty()) {
            return DraftReach.of(0, 0);
        }
        boolean privateGroup = group != null && group.isPrivate();
        String readable = visibility.groupAudienceClause("d.group_id", "told_to.id");
        return NativeSql.select(entityManager,
                """
                        with matched as (
                            select al.id, al.owner_id, al.group_id, lower(regexp_replace(btrim(al.query), '\\s+', ' ', 'g')) as words
                            from alert al
                            where al.id = any(cast(:alerts as bigint[])) and cardinality(al.channels) > 0 %s
                        ),
                        d as (select cast(:group as bigint) as group_id),
                        units as (
                            -- a team alert counts once, as its group; its members are counted only where the author may
                            -- see inside the group anyway (as for the group's posts: the one visibility rule)
                            select 'group ' || m.group_id as unit, gm.account_id
                            from matched m
                            left join group_member gm on gm.group_id = m.group_id and %s
                            where m.group_id is not null
                            union
                            -- personal alerts count only as words that at least three colleagues watch word for word:
                            -- one person's own words never show, whoever else the draft reaches
                            select 'words ' || m.words, m.owner_id from matched m
                            where m.owner_id is not null and m.owner_id <> :author
                              and (select count(distinct o.owner_id) from matched o join account oa on oa.id = o.owner_id
                                   where oa.active and o.words = m.words and o.owner_id <> :author) >= :fewest
                        ),
                        told as (
                            select u.unit, told_to.id as account_id from units u
                            join account told_to on told_to.id = u.account_id and told_to.active
                            cross join d
                            where told_to.id <> :author and %s
                        )
                        select (select count(distinct unit) from units) as alerts,
                               (select count(*) from (select distinct unit, account_id from told) per_unit) as people"""
                        .formatted(privateGroup ? "and al.group_id = :group" : "and true",
                                visibility.groupAudienceClause("m.group_id", ":author"), readable))
                .bind("alerts", alerts.toArray(Long[]::new)).bind("author", authorId)
                .bind("fewest", DraftReach.FEWEST)
                .bind("group", new TypedParameterValue<>(StandardBasicTypes.LONG, draft.groupId()))
                .one(row -> DraftReach.of(row.longValue("alerts"), row.longValue("people")));
    }

    /** The same references a post may make (a known client and sector, a group the author posts in); answers the group. */
    private Group check(long authorId, Draft draft) {
        if (draft.body() != null && draft.body().length() > PostText.MAX_LENGTH) {
            throw new InvalidInput("body", "must be at most 5,000 characters");
        }
        references.client(draft.clientId());
        references.sector(draft.sectorCode());
        Long groupId = references.groupToStartIn(authorId, draft.groupId());
        return groupId == null ? null : Group.byId(groupId).orElseThrow();
    }

    /** The draft as a post alerts can match, with the columns of {@link MatchablePost#FACTS}. */
    private MatchablePost post(long authorId, Draft draft) {
        return NativeSql.select(entityManager, """
                select 0 as id, a.id as author_id, cast(:body as text) as body, cast(:kind as text) as kind,
                       a.username as author_username, a.display_name as author_name,
                       concat_ws(chr(31), c.name, array_to_string(c.aliases, chr(31))) as client_names,
                       concat_ws(chr(31), ps.code, ps.name_nl, ps.name_en, cs.code, cs.name_nl, cs.name_en) as sectors,
                       cast(:topics as text) as topics, g.id as group_id, g.name as group_name,
                       cast(null as text) as skills, cast(null as text) as regions, cast(null as text) as status,
                       cast(null as text) as signal_type, cast(null as text) as poll_options
                from account a
                left join client c on c.id = :client
                left join sector ps on ps.code = :sector
                left join sector cs on cs.code = c.sector_code
                left join relay_group g on g.id = :group
                where a.id = :author""")
                .bind("body", draft.body())
                .bind("kind", (draft.kind() == null ? PostKind.NOTE : draft.kind()).toString())
                .bind("topics", String.join("\u001f", PostText.topics(draft.body())))
                .bind("client", draft.clientId() == null ? -1L : draft.clientId())
                .bind("sector", draft.sectorCode() == null ? "" : draft.sectorCode())
                .bind("group", draft.groupId() == null ? -1L : draft.groupId())
                .bind("author", authorId)
                .one(MatchablePost::of);
    }
}
