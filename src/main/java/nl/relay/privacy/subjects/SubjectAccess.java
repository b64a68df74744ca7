package nl.relay.privacy.subjects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.relay.accounts.Account;
import nl.relay.accounts.Role;
import nl.relay.platform.errors.NotAllowed;
import nl.relay.privacy.PersonReads;
import nl.relay.privacy.SubjectKind;
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
        if (!mayAsk(by)) {
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
        WrittenForms forms = new WrittenForms(names(candidateRecords, referralRecords), List.copyOf(keys.emails()),
                List.copyOf(keys.phones()));
        List<SubjectReport.Retention> kept = new ArrayList<>();
        candidateIds.forEach(id -> kept.add(retentionOf(SubjectKind.CANDIDATE, id)));
        referralIds.forEach(id -> kept.add(retentionOf(SubjectKind.REFERRAL, id)));
        return new SubjectReport(keys.identifiers(), clock.instant(), candidateRecords, referralRecords, kept,
                posts.naming(forms), reads.of(candidateIds, referralIds));
    }

    /** How long this record is kept (Art. 15(1)(d)): when retention anonymises it, and whether a hold stops that. */
    private SubjectReport.Retention retentionOf(SubjectKind kind, long id) {
        return retention.dueOf(kind, id)
                .map(due -> new SubjectReport.Retention(kind, id, due.dueAt(), due.held()))
                .orElseGet(() -> new SubjectReport.Retention(kind, id, null, false));
    }

    /** Whether this account may answer access requests. */
    public static boolean mayAsk(Account account) {
        return account != null && account.active
                && (account.hasRole(Role.PRIVACY) || account.hasRole(Role.ADMIN));
    }

    private static List<String> names(List<CandidateRecord> candidates, List<ReferralRecord> referrals) {
        return Stream.concat(candidates.stream().map(c -> c.person().name()),
                referrals.stream().map(r -> r.person().name()))
                .filter(name -> name != null && !name.isBlank()).distinct().toList();
    }
}
