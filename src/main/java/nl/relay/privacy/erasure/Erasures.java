package nl.relay.privacy.erasure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import nl.relay.platform.database.NativeSql;
import nl.relay.platform.paging.Cursor;
import nl.relay.platform.paging.Page;
import nl.relay.platform.paging.PageRequest;

/** The one writer and reader of the erasure record: who erased when, and the report (never whom). */
@ApplicationScoped
public class Erasures {

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final Clock clock;

    Erasures(EntityManager entityManager, ObjectMapper json, Clock clock) {
        this.entityManager = entityManager;
        this.json = json;
        this.clock = clock;
    }

    /** Starts the record of an erasure in the caller's transaction; answers its id. */
    long open(long byId) {
        return ((Number) NativeSql.of(entityManager,
                "insert into erasure (at, by_id, report) values (:at, :by, cast('{}' as jsonb)) returning id")
                .bind("at", Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS)))
                .bind("by", byId)
                .query().getSingleResult()).longValue();
    }

    /** The posts this erasure rewrote, for the legal archive. */
    void markPosts(long erasureId, List<Long> postIds) {
        if (postIds.isEmpty()) {
            return;
        }
        NativeSql.of(entityManager, """
                insert into erased_post (post_id, erasure_id) select unnest(cast(:posts as bigint[])), :erasure
                on conflict do nothing""")
                .bind("posts", postIds.toArray(Long[]::new)).bind("erasure", erasureId)
                .query().executeUpdate();
    }

    /**
     * Completes the record with its report, and answers the report. The record keeps who erased as the account's id
     * only (by_id): their name is looked up when the report is read, so a pseudonymised officer's name is kept
     * nowhere.
     */
    ErasureReport close(long erasureId, ErasureReport.Found found, List<ErasureReport.StoreChange> changes,
            List<ErasureReport.Hold> overriddenHolds) {
        ErasureReport kept = NativeSql.select(entityManager, "select at from erasure where id = :id")
                .bind("id", erasureId)
                .one(row -> new ErasureReport(erasureId, row.instant("at"), null, found, List.copyOf(changes),
                        ErasePerson.EXAMINED, overriddenHolds));
        NativeSql.of(entityManager, "update erasure set report = cast(:report as jsonb) where id = :id")
                .bind("report", write(kept)).bind("id", erasureId)
                .query().executeUpdate();
        return withEraser(kept, eraser(erasureId));
    }

    /** The erasures, newest first, a page at a time. */
    public Page<ErasureReport> page(PageRequest page) {
        Optional<Cursor> after = page.cursor(1);
        List<ErasureReport> reports = NativeSql.select(entityManager, """
                select e.report::text as report, a.username, a.display_name
                from erasure e join account a on a.id = e.by_id
                """ + (after.isEmpty() ? "" : "where e.id < :after ") + "order by e.id desc limit :limit")
                .bind("after", after.map(cursor -> cursor.longKey(0)).orElse(null))
                .bind("limit", page.fetchSize())
                .list(row -> withEraser(read(row.text("report")),
                        new ErasureReport.Eraser(row.text("username"), row.text("display_name"))));
        return Page.of(reports, page, report -> Cursor.of(report.id()));
    }

    private ErasureReport.Eraser eraser(long erasureId) {
        return NativeSql.select(entityManager, """
                select a.username, a.display_name from erasure e join account a on a.id = e.by_id where e.id = :id""")
                .bind("id", erasureId)
                .one(row -> new ErasureReport.Eraser(row.text("username"), row.text("display_name")));
    }

    /** The report as kept, with who erased as their account reads now (reports kept earlier named them). */
    private static ErasureReport withEraser(ErasureReport report, ErasureReport.Eraser by) {
        return new ErasureReport(report.id(), report.at(), by, report.found(), report.changes(), report.examined(),
                report.overriddenHolds());
    }

    private String write(ErasureReport report) {
        try {
            return json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an erasure report", e);
        }
    }

    private ErasureReport read(String report) {
        try {
            return json.readValue(report, ErasureReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable erasure report", e);
        }
    }
}
