package nl.relay.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import nl.relay.platform.database.NativeSql;
import nl.relay.platform.database.Row;
import nl.relay.platform.errors.MalformedRequest;
import nl.relay.platform.paging.Cursor;
import nl.relay.platform.paging.Page;
import nl.relay.platform.paging.PageRequest;

/** Reads the read audit: newest first, filtered, one page at a time (keyset on time and id). */
@ApplicationScoped
public class AuditLog {

    private final EntityManager entityManager;

    AuditLog(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** One page of the entries these filters (from query parameters) select; 422 for an invalid filter. */
    public Page<AuditEntry> page(AuditFilter filter, PageRequest page) {
        return page(filter.checked(), page);
    }

    Page<AuditEntry> page(AuditFilter.Checked filter, PageRequest page) {
        Optional<Cursor> after = page.cursor(2);
        String sql = """
                select r.id, r.at, a.username, a.display_name, r.subject_kind, r.subject_id, r.channel
                from person_read r join account a on a.id = r.reader_id
                where true
                %s %s %s %s %s
                order by r.at desc, r.id desc
                limit :limit""".formatted(
                filter.kind() == null ? "" : "and r.subject_kind = :kind and r.subject_id = :subject",
                filter.reader() == null ? "" : "and a.username = :reader",
                filter.from() == null ? "" : "and r.at >= :from",
                filter.to() == null ? "" : "and r.at < :to",
                after.isEmpty() ? "" : "and (r.at, r.id) < (cast(:at as timestamptz), :id)");
        NativeSql query = NativeSql.select(entityManager, sql)
                .bind("kind", filter.kind() == null ? null : filter.kind().toString())
                .bind("subject", filter.subjectId())
                .bind("reader", filter.reader())
                .bind("from", filter.from() == null ? null : Timestamp.from(filter.from()))
                .bind("to", filter.to() == null ? null : Timestamp.from(filter.to()))
                .bind("limit", page.fetchSize());
        after.ifPresent(cursor -> query.bind("at", Timestamp.from(at(cursor))).bind("id", cursor.longKey(1)));
        List<AuditEntry> entries = query.list(AuditLog::entry);
        return Page.of(entries, page, entry -> Cursor.of(entry.at(), entry.id()));
    }

    private static AuditEntry entry(Row row) {
        return new AuditEntry(row.longValue("id"), row.instant("at"),
                new AuditEntry.Reader(row.text("username"), row.text("display_name")),
                new AuditEntry.Subject(SubjectKind.of(row.text("subject_kind")), row.longValue("subject_id")),
                row.text("channel"));
    }

    private static Instant at(Cursor cursor) {
        try {
            return Instant.parse(cursor.key(0));
        } catch (DateTimeParseException e) {
            throw new MalformedRequest("The cursor is not valid for this list.");
        }
    }
}
