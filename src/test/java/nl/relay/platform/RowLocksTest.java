package nl.relay.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import nl.relay.platform.database.RowLocks;
import nl.relay.recruitment.candidates.Candidate;
import nl.relay.testing.Candidates;
import nl.relay.testing.People;
import org.junit.jupiter.api.Test;

/**
 * A row taken for a change is the row as it is now, even when the transaction read it before another one changed
 * it: otherwise the change would write the old copy back over the other's work.
 */
@QuarkusTest
class RowLocksTest {

    @Inject
    EntityManager entityManager;

    @Test
    void aLockedRowIsReadAgainUnderTheLock() {
        long id = Candidates.offer(People.recruiter(), Map.of());
        String seen = QuarkusTransaction.requiringNew().call(() -> {
            Candidate before = Candidate.<Candidate>findById(id);
            assertEquals("available", before.status);
            QuarkusTransaction.requiringNew().run(() -> entityManager
                    .createNativeQuery("update candidate set status = 'in-process' where id = ?1")
                    .setParameter(1, id).executeUpdate());
            return RowLocks.locked(Candidate.class, id).orElseThrow().status;
        });
        assertEquals("in-process", seen);
    }
}
