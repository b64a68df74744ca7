package nl.relay.privacy.subjects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.relay.accounts.Account;
import nl.relay.platform.errors.NotAllowed;
import nl.relay.privacy.PersonIdentifiers;
import nl.relay.privacy.PersonReads;
import nl.relay.privacy.SubjectKind;
import nl.relay.privacy.retention.RetentionDue;
import nl.relay.privacy.retention.RetentionPlan;
import nl.relay.privacy.subjects.SubjectReport.CandidateRecord;
import nl.relay.privacy.subjects.SubjectReport.ReferralRecord;

/**
 * Answers an access request (AVG/GDPR Art. 15): everything Relay holds about the person with this e-mail address
 * or phone number, for the privacy officer and admins, through the API and the privacy page alike. This is the
 * privacy officer's door to candidate and referral details, beside the owners' (CandidatePerson.readBy,
 * ReferralPersons): the records it finds are read, so each is recorded in the read audit.
 */
@ApplicationScoped
public class SubjectAccess {

    private final SubjectCandidates candidates;
    private final SubjectReferrals referrals;
    private final NamingPosts posts;
    private final SubjectReads reads;
    private final PersonReads audit;
    private final Clock clock;
    private final RetentionPlan retention;

    SubjectAccess(SubjectCandidates candidates, SubjectReferrals referrals, NamingPosts posts, SubjectReads reads,
            PersonReads audit, Clock clock, RetentionPlan retention) {
        this.retention = retention;
        this.candidates = candidates;
        this.referrals = referrals;
        this.posts = posts;
        this.reads = reads;
        this.audit = audit;
        this.clock = clock;
    }

    /** Everything about the person, read by {@code by} (an active privacy officer or admin, else a 403). */
    @Transactional
    public SubjectReport find(Account by, SubjectQuery query) {
        if (by == null || !by.isPrivacyOfficer()) {
            throw new NotAllowed("Only the privacy officer and admins answer access requests.");
        }
        SubjectKeys asked = SubjectKeys.of(query);
        List<CandidateRecord> candidateRecords = candidates.of(asked);
        SubjectKeys keys = asked.with(candidateRecords);
        if (!keys.equals(asked)) {
            candidateRecords = candidates.of(keys);
        }
        List<ReferralRecord> referralRecords = referrals.of(keys);
        List<Long> candidateIds = candidateRecords.stream().map(CandidateRecord::id).toList();
        List<Long> referralIds = referralRecords.stream().map(ReferralRecord::id).toList();
        candidateIds.forEach(id -> audit.candidate(by.id, id));
        audit.referrals(by.id, referralIds);
        PersonIdentifiers identifiers = PersonIdentifiers.of(names(candidateRecords, referralRecords),
                keys.emails(), keys.phones());
        List<SubjectReport.Retention> kept = new ArrayList<>(retentionOf(SubjectKind.CANDIDATE, candidateIds));
        kept.addAll(retentionOf(SubjectKind.REFERRAL, referralIds));
        return new SubjectReport(keys.identifiers(), clock.instant(), candidateRecords, referralRecords, kept,
                posts.naming(identifiers), reads.of(candidateIds, referralIds));
    }

    /**
     * How long these records are kept (Art. 15(1)(d)): when retention anonymises each, and whether a hold stops that;
     * no date while its procedure has no end yet.
     */
    private List<SubjectReport.Retention> retentionOf(SubjectKind kind, List<Long> ids) {
        Map<Long, RetentionDue> due = retention.dueOf(kind, ids).stream()
                .collect(Collectors.toMap(RetentionDue::id, d -> d));
        return ids.stream().map(id -> due.containsKey(id)
                ? new SubjectReport.Retention(kind, id, due.get(id).dueAt(), due.get(id).held())
                : new SubjectReport.Retention(kind, id, null, false)).toList();
    }

    private static List<String> names(List<CandidateRecord> candidates, List<ReferralRecord> referrals) {
        return Stream.concat(candidates.stream().map(c -> c.person().name()),
                referrals.stream().map(r -> r.person().name()))
                .filter(name -> name != null && !name.isBlank()).distinct().toList();
    }
}
