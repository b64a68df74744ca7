package nl.relay.recruitment.candidates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import nl.relay.accounts.Account;
import nl.relay.platform.errors.Problem;
import nl.relay.platform.text.OneLine;
import nl.relay.posts.NewPost;
import nl.relay.posts.PostKind;
import nl.relay.posts.PostReferences;
import nl.relay.posts.PublishPost;
import nl.relay.privacy.retention.ConsentTerms;
import nl.relay.recruitment.RecruitmentConfig;

/**
 * A recruiter offers a candidate to colleagues: the profile and the person are checked, the same person on
 * offer already is refused (409), and the candidate is stored with its post of kind candidate, which shows
 * only the anonymous profile. The person's details go to candidate_person and nowhere else.
 */
@ApplicationScoped
public class OfferCandidate {

    private final PublishPost publishPost;
    private final PostReferences references;
    private final CandidateDuplicates duplicates;
    private final RecruitmentConfig config;
    private final Clock clock;

    OfferCandidate(PublishPost publishPost, PostReferences references, CandidateDuplicates duplicates,
            RecruitmentConfig config, Clock clock) {
        this.publishPost = publishPost;
        this.references = references;
        this.duplicates = duplicates;
        this.config = config;
        this.clock = clock;
    }

    /** What an offer made: the new candidate, and active ones that may be the same person. */
    public record Offered(Candidate candidate, List<CandidateView.PossibleDuplicate> possibleDuplicates) {
    }

    @Transactional
    public Offered offer(Account owner, NewCandidate request) {
        CandidateProfile.Checks checks = new CandidateProfile.Checks();
        CandidateProfile profile = CandidateProfile.checked(request.profile(), LocalDate.now(clock.withZone(
                CandidateProfile.AMSTERDAM)), checks);
        NewCandidate.PersonDetails person = checkedPerson(request, checks, clock.instant());
        checks.check(() -> references.client(request.clientId()));
        checks.check(() -> references.sector(request.sectorCode()));
        checks.check(() -> references.groupToStartIn(owner.id, request.groupId()));
        checks.throwIfAny();

        String emailKey = PersonKeys.email(blankToNull(person.email()));
        String phoneKey = PersonKeys.phone(blankToNull(person.phone()));
        duplicates.refuseActive(owner.id, emailKey, phoneKey);

        long postId = publishPost.publish(owner.id, new NewPost(profile.postBody(), PostKind.CANDIDATE,
                request.groupId(), request.clientId(), request.sectorCode(), null));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Candidate candidate = store(owner, postId, profile, request, now);
        String nameKey = PersonKeys.name(person.name());
        List<CandidateView.PossibleDuplicate> similar = duplicates.similarNames(owner.id, nameKey,
                profile.region().code,
                candidate.id);
        storePerson(candidate, person, request.consent(), emailKey, phoneKey, nameKey);
        return new Offered(candidate, similar);
    }

    /** The person and consent checked, adding to the profile's errors; a profile naming the person is refused. */
    private static NewCandidate.PersonDetails checkedPerson(NewCandidate request, CandidateProfile.Checks checks,
            Instant now) {
        NewCandidate.PersonDetails person = request.person();
        String name = person == null || person.name() == null ? "" : person.name().strip();
        if (name.isEmpty() || name.length() > 200 || !OneLine.Check.holds(name)) {
            checks.fail("person.name", "is required: one line of 1 to 200 characters");
        }
        String email = person == null ? null : blankToNull(person.email());
        if (email != null && !PersonKeys.plausibleEmail(email.strip())) {
            checks.fail("person.email", "is not a valid email address");
        }
        String phone = person == null ? null : blankToNull(person.phone());
        if (phone != null && !PersonKeys.plausiblePhone(phone.strip())) {
            checks.fail("person.phone", "must be 8 to 15 digits, with only spaces, dashes and a leading +");
        }
        NewCandidate.Consent consent = request.consent();
        if (consent == null || consent.given() == null) {
            checks.fail("consent.given", "is required: true or false");
        }
        List<Problem.FieldError> consentErrors = new ArrayList<>();
        ConsentTerms.checkInformed("consent.", consent == null ? null : consent.informedAt(),
                consent == null ? null : consent.informedHow(), true, now, consentErrors);
        ConsentTerms.checkSource("consent.", consent == null ? null : consent.source(), consentErrors);
        consentErrors.forEach(error -> checks.fail(error.field(), error.message()));
        ChangeCandidate.refuseNamingPerson(checks, request.title(), request.summary(), name, email, phone);
        return new NewCandidate.PersonDetails(name, email == null ? null : email.strip(),
                phone == null ? null : phone.strip());
    }

    private Candidate store(Account owner, long postId, CandidateProfile profile, NewCandidate request,
            Instant now) {
        Candidate candidate = new Candidate();
        candidate.postId = postId;
        candidate.ownerId = owner.id;
        ChangeCandidate.takeProfile(candidate, profile);
        candidate.clientId = request.clientId();
        candidate.sectorCode = request.sectorCode() == null ? null : references.sector(request.sectorCode());
        candidate.groupId = request.groupId();
        candidate.createdAt = now;
        candidate.touch(now, config.candidateExpiry());
        candidate.persist();
        return candidate;
    }

    private static void storePerson(Candidate candidate, NewCandidate.PersonDetails details,
            NewCandidate.Consent consent, String emailKey, String phoneKey, String nameKey) {
        CandidatePerson person = new CandidatePerson();
        person.candidateId = candidate.id;
        person.name = details.name();
        person.email = details.email();
        person.phone = details.phone();
        person.emailKey = emailKey;
        person.phoneKey = phoneKey;
        person.nameKey = nameKey;
        person.consentGiven = consent.given();
        person.consentInformedAt = consent.informedAt().truncatedTo(ChronoUnit.MICROS);
        person.consentInformedHow = consent.informedHow().strip();
        person.consentSource = consent.source().strip();
        person.persist();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
