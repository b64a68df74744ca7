package nl.relay.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import nl.relay.testing.Candidates;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import org.junit.jupiter.api.Test;

/** The read audit is append-only: plain SQL can neither change nor remove it; only the retention purge removes. */
@QuarkusTest
class AppendOnlyAuditTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EntityManager entityManager;

    @Inject
    AuditRetentionJob retention;

    @Inject
    PrivacyConfig config;

    @Test
    void anUpdateOrDeleteThroughPlainSqlIsRefused() throws SQLException {
        Person owner = People.recruiter();
        long candidate = Candidates.offer(owner, Map.of());
        int id = (Integer) Audit.ofCandidate(candidate, owner).get(0).get("id");

        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            SQLException update = assertThrows(SQLException.class,
                    () -> statement.executeUpdate("update person_read set reader_id = reader_id where id = " + id));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            SQLException delete = assertThrows(SQLException.class,
                    () -> statement.executeUpdate("delete from person_read where id = " + id));
            assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
            assertThrows(SQLException.class, () -> statement.executeUpdate("truncate person_read"));
        }
        assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update person_read set channel = 'page' where id = ?1").setParameter(1, id)
                .executeUpdate()));
        assertEquals(1, Audit.ofCandidate(candidate, owner).size(), "the entry is still there, unchanged");
        assertEquals("api", Audit.ofCandidate(candidate, owner).get(0).get("channel"));
    }

    @Test
    void thePurgeRemovesEntriesOlderThanTheRetentionAndKeepsNewerOnes() throws SQLException {
        Person reader = People.recruiter();
        Instant now = Instant.now();
        long old = insert(reader, now.atOffset(ZoneOffset.UTC).minusYears(2).minusDays(1).toInstant());
        long kept = insert(reader, now.atOffset(ZoneOffset.UTC).minusYears(2).plusDays(1).toInstant());
        long recent = insert(reader, now.minusSeconds(60));

        Instant cutoff = retention.cutoff();
        assertEquals(java.time.Period.ofYears(2), config.auditRetention(), "the default retention");
        assertTrue(Math.abs(cutoff.getEpochSecond()
                - now.atOffset(ZoneOffset.UTC).minusYears(2).toInstant().getEpochSecond()) < 60, cutoff.toString());
        assertTrue(retention.purgeBefore(cutoff) >= 1);

        assertEquals(0, count(old));
        assertEquals(1, count(kept));
        assertEquals(1, count(recent));
    }

    private long insert(Person reader, Instant at) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                var statement = connection.prepareStatement("""
                        insert into person_read (at, reader_id, subject_kind, subject_id, channel)
                        select ?, id, 'candidate', 1, 'api' from account where username = ? returning id""")) {
            statement.setTimestamp(1, Timestamp.from(at));
            statement.setString(2, reader.username());
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private long count(long id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                var statement = connection.prepareStatement("select count(*) from person_read where id = ?")) {
            statement.setLong(1, id);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
