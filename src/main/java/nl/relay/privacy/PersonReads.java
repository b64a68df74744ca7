package nl.relay.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import nl.relay.platform.database.NativeSql;

/**
 * The one writer of the read audit: records that an account read a person's details (who, when, which subject,
 * through which channel), one insert per read, one for a whole list, and once per subject in one request. Called by the doors to personal data
 * (CandidatePerson.readBy, ReferralPersons.readFor) after they decided the reader may see it.
 */
@ApplicationScoped
public class PersonReads {

    private final EntityManager entityManager;
    private final ReadChannel channel;
    private final Clock clock;

    PersonReads(EntityManager entityManager, ReadChannel channel, Clock clock) {
        this.entityManager = entityManager;
        this.channel = channel;
        this.clock = clock;
    }

    /** The reader read the person behind this candidate. */
    @Transactional
    public void candidate(long readerId, long candidateId) {
        record(readerId, SubjectKind.CANDIDATE, List.of(candidateId));
    }

    /** The reader read the people of these referrals (one insert for the list). */
    @Transactional
    public void referrals(long readerId, Collection<Long> referralIds) {
        record(readerId, SubjectKind.REFERRAL, List.copyOf(referralIds));
    }

    private void record(long readerId, SubjectKind kind, List<Long> read) {
        List<Long> subjectIds = channel.firstInRequest(readerId, kind, read);
        if (subjectIds.isEmpty()) {
            return;
        }
        NativeSql.of(entityManager, """
                insert into person_read (at, reader_id, subject_kind, subject_id, channel)
                select :at, :reader, :kind, subject, :channel from unnest(cast(:subjects as bigint[])) as subject""")
                .bind("at", Timestamp.from(clock.instant()))
                .bind("reader", readerId)
                .bind("kind", kind.toString())
                .bind("subjects", subjectIds.toArray(Long[]::new))
                .bind("channel", channel.current())
                .query().executeUpdate();
    }
}
