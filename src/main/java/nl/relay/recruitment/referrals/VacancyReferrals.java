package nl.relay.recruitment.referrals;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import nl.relay.accounts.Account;
import nl.relay.platform.errors.NotAllowed;
import nl.relay.posts.PostView;
import nl.relay.recruitment.vacancies.Vacancy;

/**
 * Which of a vacancy's referrals a reader sees: all for its owner and admins, their own for a referrer. The referred
 * person is handled like a candidate: only the vacancy's owner and the referrer read who it is; admins see that a
 * referral was made, by whom and when, but not the person.
 */
@ApplicationScoped
public class VacancyReferrals {

    private final ReferralPersons persons;

    VacancyReferrals(ReferralPersons persons) {
        this.persons = persons;
    }

    public List<ReferralView> shownTo(long readerId, boolean admin, Vacancy vacancy) {
        boolean owner = vacancy.ownerId == readerId;
        List<Referral> referrals = owner || admin
                ? Referral.toVacancy(vacancy.id)
                : Referral.toVacancyBy(vacancy.id, readerId);
        if (referrals.isEmpty() && !owner && !admin) {
            throw new NotAllowed("Only the vacancy's owner, admins and those who referred someone see its referrals.");
        }
        Map<Long, ReferralPersons.Details> details = persons.readFor(readerId,
                referrals.stream().filter(r -> owner || r.referrerId == readerId).toList());
        Map<Long, PostView.Person> referrers = referrers(referrals);
        return referrals.stream().map(r -> {
            ReferralPersons.Details d = details.get(r.id);
            return new ReferralView(r.id, r.vacancyId, referrers.get(r.referrerId), r.createdAt,
                    d == null ? null : new ReferralView.ReferredPerson(d.name(), d.email(), d.anonymisedAt()),
                    d == null ? null : d.note(), d == null ? null : d.consent());
        }).toList();
    }

    /** Whether the reader sees any referrals of the vacancy (without reading anyone's details). */
    public boolean mayList(long readerId, boolean admin, Vacancy vacancy) {
        return vacancy.ownerId == readerId || admin || !Referral.toVacancyBy(vacancy.id, readerId).isEmpty();
    }

    ReferralView withoutPerson(Referral referral) {
        return new ReferralView(referral.id, referral.vacancyId, referrer(referral), referral.createdAt, null, null,
                null);
    }

    private static Map<Long, PostView.Person> referrers(List<Referral> referrals) {
        List<Long> ids = referrals.stream().map(r -> r.referrerId).distinct().toList();
        return ids.isEmpty()
                ? Map.of()
                : Account.<Account>list("id in ?1", ids).stream()
                        .collect(java.util.stream.Collectors.toMap(a -> a.id,
                                a -> new PostView.Person(a.username, a.displayName)));
    }

    private static PostView.Person referrer(Referral referral) {
        Account account = Account.findById(referral.referrerId);
        return new PostView.Person(account.username, account.displayName);
    }
}
