package nl.relay.recruitment.candidates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import nl.relay.accounts.Account;
import nl.relay.accounts.Role;
import nl.relay.platform.errors.Conflict;
import nl.relay.platform.errors.InvalidInput;
import nl.relay.platform.errors.NotAllowed;
import nl.relay.platform.outbox.Outbox;
import nl.relay.posts.EditPost;
import nl.relay.posts.PostEdit;
import nl.relay.privacy.PersonIdentifiers;
import nl.relay.recruitment.OnOfferAgain;
import nl.relay.recruitment.RecruitmentConfig;

/**
 * The owner changes a candidate offer: its status (available, in process, then placed or withdrawn, which are
 * final) and its profile, whose post is edited to match (earlier versions kept). Any change is activity: the
 * offer stays active for another expiry period.
 */
@ApplicationScoped
public class ChangeCandidate {

    private final CandidateViews candidates;
    private final EditPost editPost;
    private final RecruitmentConfig config;
    private final Outbox outbox;
    private final Clock clock;

    ChangeCandidate(CandidateViews candidates, EditPost editPost, RecruitmentConfig config, Outbox outbox,
            Clock clock) {
        this.candidates = candidates;
        this.editPost = editPost;
        this.config = config;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Candidate change(Account owner, String rawId, CandidateChange request) {
        Candidate candidate = lockedOwn(candidates, owner, rawId);
        CandidateStatus status = request.status() == null
                ? null
                : CandidateStatus.parse(request.status())
                        .orElseThrow(() -> new InvalidInput("status", "must be one of: " + CandidateStatus.known()));
        if (request.changesProfile()) {
            if (!candidate.currentStatus().isActive()) {
                throw new Conflict("A candidate that is " + candidate.status + " is no longer on offer: its profile "
                        + "stays as it was.");
            }
            changeProfile(owner, candidate, request);
        }
        boolean availableAgain = false;
        if (status != null && status != candidate.currentStatus()) {
            if (!candidate.currentStatus().next().contains(status)) {
                throw new Conflict("A candidate that is " + candidate.status + " cannot become " + status + ".");
            }
            availableAgain = status == CandidateStatus.AVAILABLE;
            candidate.status = status.toString();
            if (!status.isActive()) {
                candidate.closedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
            }
        }
        if (candidate.currentStatus() == CandidateStatus.AVAILABLE && (availableAgain || request.changesProfile())) {
            outbox.send(new OnOfferAgain(candidate.postId));
        }
        candidate.touch(clock.instant().truncatedTo(ChronoUnit.MICROS), config.candidateExpiry());
        return candidate;
    }

    /**
     * The candidate, locked, if the caller owns it and is still a recruiter: 404 when they may not read it, 403 when
     * not theirs (or when they no longer recruit: their offers wait for a recruiter to take them over).
     */
    static Candidate lockedOwn(CandidateViews candidates, Account caller, String rawId) {
        Candidate readable = candidates.require(caller.id, rawId);
        Candidate candidate = Candidate.locked(readable.id).orElseThrow(CandidateViews::notFound);
        if (!candidate.isOwnedBy(caller.id) || !caller.hasRole(Role.RECRUITER)) {
            throw new NotAllowed("Only the recruiter who offers this candidate can do this.");
        }
        return candidate;
    }

    private void changeProfile(Account owner, Candidate candidate, CandidateChange request) {
        LocalDate today = LocalDate.now(clock.withZone(CandidateProfile.AMSTERDAM));
        CandidateProfile.Draft draft = new CandidateProfile.Draft(
                or(request.title(), candidate.title), or(request.summary(), candidate.summary),
                or(request.skills(), Arrays.asList(candidate.skills)), or(request.seniority(), candidate.seniority),
                or(request.availableFrom(), candidate.availableFrom),
                or(request.hoursPerWeek(), candidate.hoursPerWeek), or(request.region(), candidate.regionCode),
                or(request.rate(), candidate.rate),
                or(request.contractTypes(), Arrays.asList(candidate.contractTypes)));
        CandidateProfile.Checks checks = new CandidateProfile.Checks();
        // A date that has passed since the offer may stay; a new one must be today or later.
        CandidateProfile profile = CandidateProfile.checked(draft,
                request.availableFrom() == null ? LocalDate.MIN : today, checks);
        CandidatePerson.readBy(owner, candidate).ifPresent(person -> refuseNamingPerson(checks, draft.title(),
                draft.summary(), person.name, person.email, person.phone));
        checks.throwIfAny();
        takeProfile(candidate, profile);
        editPost.rewriteProfile(owner.id, candidate.postId, new PostEdit(profile.postBody()));
    }

    /** The checked profile written onto the candidate: shared by offering and changing one. */
    static void takeProfile(Candidate candidate, CandidateProfile profile) {
        candidate.title = profile.title();
        candidate.summary = profile.summary();
        candidate.skills = profile.skills().toArray(String[]::new);
        candidate.seniority = profile.seniority();
        candidate.availableFrom = profile.availableFrom();
        candidate.hoursPerWeek = profile.hoursPerWeek();
        candidate.regionCode = profile.region().code;
        candidate.rate = profile.rate();
        candidate.contractTypes = profile.contractTypes().toArray(String[]::new);
    }

    /**
     * The profile is anonymous: a title or summary (not refused already) that names the person is refused, by the
     * rule the erasure takes a person out of text by ({@link PersonIdentifiers}).
     */
    static void refuseNamingPerson(CandidateProfile.Checks checks, String title, String summary, String name,
            String email, String phone) {
        PersonIdentifiers person = PersonIdentifiers.of(name == null ? List.of() : List.of(name),
                email == null ? List.of() : List.of(email),
                phone == null ? List.of() : List.of(PersonKeys.phone(phone)));
        for (String field : List.of("title", "summary")) {
            String text = field.equals("title") ? title : summary;
            if (!checks.failed(field) && person.foundIn(text)) {
                checks.fail(field, "must not name the person: the profile is anonymous");
            }
        }
    }

    private static <T> T or(T given, T current) {
        return given != null ? given : current;
    }
}
