package nl.relay.recruitment.referrals;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.relay.privacy.PersonReads;

/**
 * The one way the details of referred people are read: every read of referral_person passes through
 * {@link #readFor}, which only answers for referrals whose readers were decided by the caller (the vacancy's
 * owner or the referrer), and records each read in the read audit ({@link PersonReads}).
 */
@ApplicationScoped
public class ReferralPersons {

    private final PersonReads reads;

    ReferralPersons(PersonReads reads) {
        this.reads = reads;
    }

    /** The person, note and consent of a referral, as an allowed reader sees them. */
    public record Details(String name, String email, String note, ReferralView.ConsentRef consent,
            Instant anonymisedAt) {

        @Override
        public String toString() {
            return "Details[hidden]";
        }
    }

    /** The details of these referrals, by referral id; the caller has decided the reader may see them. */
    Map<Long, Details> readFor(long readerId, List<Referral> referrals) {
        if (referrals.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = referrals.stream().map(r -> r.id).toList();
        Map<Long, Details> details = ReferralPerson.<ReferralPerson>list("referralId in ?1", ids).stream()
                .collect(Collectors.toMap(p -> p.referralId, p -> new Details(p.name, p.email, p.note,
                        new ReferralView.ConsentRef(p.consentGiven, p.consentInformedAt, p.consentInformedHow,
                                p.consentSource),
                        p.anonymisedAt)));
        reads.referrals(readerId, details.keySet());
        return details;
    }
}
