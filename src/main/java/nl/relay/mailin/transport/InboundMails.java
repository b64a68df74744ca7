package nl.relay.mailin.transport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.relay.mailin.MessageIds;
import nl.relay.platform.database.NativeSql;
import nl.relay.platform.database.Row;
import nl.relay.platform.outbox.Outbox;

/**
 * The one writer of inbound_mail: stores what arrived (with the intake's outbox task, once per Message-ID),
 * settles it once handled (dropping the raw bytes), and forgets it past its retention or when its sender is erased.
 */
@ApplicationScoped
public class InboundMails {

    /** What the statuses of a settled mail may be: the intake posted, replied, refused (and answered) or ignored it. */
    static final List<String> SETTLED = List.of("posted", "replied", "refused", "ignored");

    private final EntityManager entityManager;
    private final Outbox outbox;

    InboundMails(EntityManager entityManager, Outbox outbox) {
        this.entityManager = entityManager;
        this.outbox = outbox;
    }

    /**
     * Stores the mail and the intake's task in a transaction of its own, committed when this returns: the id of
     * the new row, or empty when a mail with the same Message-ID is already stored (then nothing is recorded).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Long> record(Arrival arrival) {
        Optional<Long> id = NativeSql.of(entityManager, """
                insert into inbound_mail (via, peer_address, envelope_from, envelope_to, message_id, raw, size_bytes)
                values (:via, :peer, :from, cast(:to as text[]), :messageId, :raw, :size)
                on conflict (message_id) where message_id is not null do nothing
                returning id""")
                .bind("via", arrival.via())
                .bind("peer", arrival.peerAddress())
                .bind("from", arrival.envelopeFrom())
                .bind("to", arrival.envelopeTo().stream().map(to -> to.toLowerCase(Locale.ROOT))
                        .toArray(String[]::new))
                .bind("messageId", MessageIds.of(arrival.raw()))
                .bind("raw", arrival.raw())
                .bind("size", arrival.size())
                .query().getResultStream().findFirst().map(value -> ((Number) value).longValue());
        id.ifPresent(stored -> outbox.send(new InboundMailReceived(stored)));
        return id;
    }

    /** The stored mail, raw bytes included while it is unsettled. */
    @Transactional
    public Optional<InboundMail> find(long id) {
        return NativeSql.select(entityManager, """
                select id, via, peer_address, envelope_from, envelope_to, message_id, raw, status, size_bytes
                from inbound_mail where id = :id""")
                .bind("id", id).first(InboundMails::read);
    }

    /**
     * Marks the mail handled ({@code status} one of posted, replied, refused, ignored, with a reason code and the
     * post it became, if any) and drops its raw bytes; in the caller's transaction.
     */
    @Transactional
    public void settle(long id, String status, String outcome, Long postId) {
        if (!SETTLED.contains(status)) {
            throw new IllegalArgumentException("not a settled status: " + status);
        }
        NativeSql.of(entityManager, """
                update inbound_mail set status = :status, outcome = :outcome, post_id = :post, raw = null,
                       settled_at = now()
                where id = :id""")
                .bind("status", status).bind("outcome", outcome).bind("post", postId).bind("id", id)
                .query().executeUpdate();
    }

    /** What one purge did. */
    public record Purged(int deleted, int emptied) {
    }

    /**
     * Forgets what arrived before {@code cutoff}: deletes the settled rows, and drops the raw bytes of the rows the
     * intake never settled (their task parked after failing); those rows themselves go once twice as old
     * ({@code orphanCutoff}), so an admin can still see that something stuck. Answers what it did.
     */
    @Transactional
    public Purged purgeBefore(Instant cutoff, Instant orphanCutoff) {
        int deleted = NativeSql.of(entityManager, """
                delete from inbound_mail
                where received_at < :cutoff and (settled_at is not null or received_at < :orphanCutoff)""")
                .bind("cutoff", Timestamp.from(cutoff)).bind("orphanCutoff", Timestamp.from(orphanCutoff))
                .query().executeUpdate();
        int emptied = NativeSql.of(entityManager, """
                update inbound_mail set raw = null
                where received_at < :cutoff and settled_at is null and raw is not null""")
                .bind("cutoff", Timestamp.from(cutoff)).query().executeUpdate();
        return new Purged(deleted, emptied);
    }

    /**
     * Deletes every stored mail whose envelope sender is one of these addresses (any case), for an erasure, in the
     * caller's transaction; answers the ids of the rows deleted.
     */
    @Transactional
    public List<Long> eraseSentBy(Collection<String> addresses) {
        if (addresses.isEmpty()) {
            return List.of();
        }
        String[] lower = addresses.stream().map(address -> address.strip().toLowerCase(Locale.ROOT))
                .toArray(String[]::new);
        return NativeSql.of(entityManager, """
                delete from inbound_mail where lower(envelope_from) = any(cast(:addresses as text[]))
                returning id""")
                .bind("addresses", lower).query().getResultStream()
                .map(id -> ((Number) id).longValue()).sorted().toList();
    }

    private static InboundMail read(Row row) {
        return new InboundMail(row.longValue("id"), row.text("via"), row.text("peer_address"),
                row.text("envelope_from"), addresses(row.value("envelope_to")), row.text("message_id"),
                (byte[]) row.value("raw"), row.text("status"), row.intValue("size_bytes"));
    }

    private static List<String> addresses(Object value) {
        try {
            Object array = value instanceof Array sql ? sql.getArray() : value;
            return Arrays.stream((Object[]) array).map(String::valueOf).toList();
        } catch (SQLException e) {
            throw new IllegalStateException("unreadable envelope_to", e);
        }
    }
}
