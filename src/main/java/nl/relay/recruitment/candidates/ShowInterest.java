package nl.relay.recruitment.candidates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.relay.accounts.Account;
import nl.relay.notifications.NewNotification;
import nl.relay.notifications.WriteNotifications;
import nl.relay.platform.errors.Conflict;
import nl.relay.platform.errors.InvalidInput;
import nl.relay.platform.text.ControlCharacters;
import nl.relay.recruitment.RecruitmentConfig;

/**
 * A recruiter says they have a job for a colleague's candidate, perhaps for one of their own vacancies; the
 * owner is notified (never with the person's details) and the offer stays active longer.
 */
@ApplicationScoped
public class ShowInterest {

    private final CandidateViews candidates;
    private final WriteNotifications notifications;
    private final EntityManager entityManager;
    private final RecruitmentConfig config;
    private final Clock clock;

    ShowInterest(CandidateViews candidates, WriteNotifications notifications, EntityManager entityManager,
            RecruitmentConfig config, Clock clock) {
        this.candidates = candidates;
        this.notifications = notifications;
        this.entityManager = entityManager;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public CandidateInterest show(Account recruiter, String rawId, InterestRequest request) {
        Candidate readable = candidates.require(recruiter.id, rawId);
        Candidate candidate = Candidate.locked(readable.id).orElseThrow(CandidateViews::notFound);
        if (candidate.isOwnedBy(recruiter.id)) {
            throw new InvalidInput("candidate", "is your own: show interest in a colleague's candidate");
        }
        if (!candidate.currentStatus().isActive()) {
            throw new Conflict("A candidate that is " + candidate.status + " is no longer on offer.");
        }
        String note = request == null || request.note() == null ? "" : request.note().strip();
        if (note.isEmpty() || note.length() > 1000) {
            throw new InvalidInput("note", "is required: 1 to 1,000 characters");
        }
        if (ControlCharacters.clean(note) == null) {
            throw new InvalidInput("note", "must not contain control characters");
        }
        Long vacancyId = request.vacancyId();
        if (vacancyId != null && !ownVacancy(recruiter.id, vacancyId)) {
            throw new InvalidInput("vacancyId", "is not a vacancy of yours");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        CandidateInterest interest = new CandidateInterest();
        interest.candidateId = candidate.id;
        interest.accountId = recruiter.id;
        interest.vacancyId = vacancyId;
        interest.note = note;
        interest.createdAt = now;
        interest.persist();
        candidate.touch(now, config.candidateExpiry());
        notifications.write(List.of(NewNotification.interest(candidate.ownerId, candidate.postId, recruiter.id)));
        return interest;
    }

    private boolean ownVacancy(long recruiterId, long vacancyId) {
        return !entityManager.createNativeQuery("select 1 from vacancy where id = ?1 and owner_id = ?2")
                .setParameter(1, vacancyId).setParameter(2, recruiterId).getResultList().isEmpty();
    }
}
