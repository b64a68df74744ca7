package nl.relay.community.insight;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import nl.relay.platform.database.NativeSql;

/**
 * Alert matches (one per alert and post) of the posts written in the period, by the client the post is about (a
 * merged client counts as the one it was merged into) and by sector (the post's, else its client's).
 */
@ApplicationScoped
class AlertMatchCounts {

    /** The clients shown: those with the most matches. */
    static final int CLIENTS = 20;

    private final EntityManager entityManager;

    AlertMatchCounts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Matches per client, most first (at most {@link #CLIENTS}). */
    List<InsightReport.ClientMatches> byClient(InsightPeriod period) {
        return NativeSql.select(entityManager, """
                select c.id, c.name, count(*) as matches
                from post p join alert_match am on am.post_id = p.id
                     join client pc on pc.id = p.client_id
                     join client c on c.id = coalesce(pc.merged_into, pc.id)
                where p.created_at >= :start and p.created_at < :end and not p.deleted
                group by c.id, c.name order by matches desc, c.name, c.id limit :limit""")
                .bind("start", period.start()).bind("end", period.end()).bind("limit", CLIENTS)
                .list(row -> new InsightReport.ClientMatches(row.longValue("id"), row.text("name"),
                        row.longValue("matches")));
    }

    /** Matches per sector, most first; posts with neither a sector nor a client's sector are left out. */
    List<InsightReport.SectorMatches> bySector(InsightPeriod period) {
        return NativeSql.select(entityManager, """
                select s.code, s.name_nl, s.name_en, count(*) as matches
                from post p join alert_match am on am.post_id = p.id
                     left join client pc on pc.id = p.client_id
                     join sector s on s.code = coalesce(p.sector_code, pc.sector_code)
                where p.created_at >= :start and p.created_at < :end and not p.deleted
                group by s.code, s.name_nl, s.name_en, s.position order by matches desc, s.position""")
                .bind("start", period.start()).bind("end", period.end())
                .list(row -> new InsightReport.SectorMatches(row.text("code"), row.text("name_nl"),
                        row.text("name_en"), row.longValue("matches")));
    }

    /** All matches of the period's posts, with or without a client. */
    long total(InsightPeriod period) {
        return NativeSql.select(entityManager, """
                select count(*) as matches from post p join alert_match am on am.post_id = p.id
                where p.created_at >= :start and p.created_at < :end and not p.deleted""")
                .bind("start", period.start()).bind("end", period.end())
                .one(row -> row.longValue("matches"));
    }
}
