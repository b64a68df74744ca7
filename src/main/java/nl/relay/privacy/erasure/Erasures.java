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

    /** Completes the record with its report, and answers the report. */
    ErasureReport close(long erasureId, ErasureReport.Found found, List<ErasureReport.StoreChange> changes) {
        ErasureReport report = NativeSql.select(entityManager, """
                select e.at, a.username, a.display_name from erasure e join account a on a.id = e.by_id
                where e.id = :id""")
                .bind("id", erasureId)
                .one(row -> new ErasureReport(erasureId, row.instant("at"),
                        new ErasureReport.Eraser(row.text("username"), row.text("display_name")), found,
                        List.copyOf(changes), ErasePerson.EXAMINED));
        NativeSql.of(entityManager, "update erasure set report = cast(:report as jsonb) where id = :id")
                .bind("report", write(report)).bind("id", erasureId)
                .query().executeUpdate();
        return report;
    }

    /** The erasures, newest first, a page at a time. */
    public Page<ErasureReport> page(PageRequest page) {
        Optional<Cursor> after = page.cursor(1);
        List<ErasureReport> reports = NativeSql.select(entityManager, "select report::text as report from erasure "
                + (after.isEmpty() ? "" : "where id < :after ") + "order by id desc limit :limit")
                .bind("after", after.map(cursor -> cursor.longKey(0)).orElse(null))
                .bind("limit", page.fetchSize())
                .list(row -> read(row.text("report")));
        return Page.of(reports, page, report -> Cursor.of(report.id()));
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
