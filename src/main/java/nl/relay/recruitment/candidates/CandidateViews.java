package nl.relay.recruitment.candidates;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.relay.accounts.Account;
import nl.relay.directory.Client;
import nl.relay.directory.Sector;
import nl.relay.groups.Group;
import nl.relay.platform.errors.NotFound;
import nl.relay.platform.http.PathIds;
import nl.relay.platform.http.RequestLanguage;
import nl.relay.posts.Post;
import nl.relay.posts.PostVisibility;
import nl.relay.recruitment.Region;

/**
 * Finds the candidates a reader may see (those whose post they may read) and shows them: the anonymous
 * profile to all, the person through {@link CandidatePerson#readBy} only to those allowed.
 */
@ApplicationScoped
public class CandidateViews {

    private final PostVisibility visibility;
    private final RequestLanguage language;
    private final CandidateDuplicates duplicates;

    CandidateViews(PostVisibility visibility, RequestLanguage language, CandidateDuplicates duplicates) {
        this.visibility = visibility;
        this.language = language;
        this.duplicates = duplicates;
    }

    /**
     * For the owner only: the active candidates that may be the same person as theirs (a similar name in the
     * same region), as the offer's answer listed them; nobody else learns of them.
     */
    public List<CandidateView.PossibleDuplicate> possibleDuplicates(Account viewer, Candidate candidate) {
        if (!candidate.isOwnedBy(viewer.id)) {
            return List.of();
        }
        return CandidatePerson.readBy(viewer, candidate)
                .map(person -> duplicates.similarNames(viewer.id, person.nameKey, candidate.regionCode, candidate.id))
                .orElse(List.of());
    }

    /** The candidate whose post the reader may read; anything else, absent or hidden, is the same 404. */
    public Candidate require(long viewerId, String rawId) {
        long id = PathIds.parse(rawId, CandidateViews::notFound);
        return readable(viewerId, id).orElseThrow(CandidateViews::notFound);
    }

    public Optional<Candidate> readable(long viewerId, long id) {
        return Candidate.byId(id).filter(candidate -> {
            Post post = Post.findById(candidate.postId);
            return post != null && !post.deleted && visibility.mayRead(viewerId, post);
        });
    }

    /** The candidate in full for this viewer: person and consent if allowed, access and interests if owner. */
    public CandidateView of(Candidate candidate, Account viewer) {
        Optional<CandidatePerson> person = CandidatePerson.readBy(viewer, candidate);
        boolean owner = candidate.isOwnedBy(viewer.id);
        return view(candidate,
                person.map(p -> new CandidateView.PersonRef(p.name, p.email, p.phone)).orElse(null),
                person.map(p -> new CandidateView.ConsentRef(p.consentGiven, p.consentInformedAt, p.consentSource))
                        .orElse(null),
                owner ? CandidateAccess.usernames(candidate.id) : null,
                owner ? interests(candidate.id) : null);
    }

    /** The anonymous profile only, as lists show it. */
    public CandidateView anonymous(Candidate candidate) {
        return view(candidate, null, null, null, null);
    }

    private CandidateView view(Candidate c, CandidateView.PersonRef person, CandidateView.ConsentRef consent,
            List<String> access, List<CandidateView.InterestView> interests) {
        boolean english = language.isEnglish();
        Region region = Region.byCode(c.regionCode).orElseThrow();
        Account owner = Account.findById(c.ownerId);
        CandidateView.ClientRef client = c.clientId == null
                ? null
                : Client.<Client>findByIdOptional(c.clientId).map(x -> new CandidateView.ClientRef(x.id, x.name))
                        .orElse(null);
        CandidateView.SectorRef sector = c.sectorCode == null
                ? null
                : Sector.byCode(c.sectorCode).map(s -> new CandidateView.SectorRef(s.code, s.name(english)))
                        .orElse(null);
        CandidateView.GroupRef group = c.groupId == null
                ? null
                : Group.<Group>findByIdOptional(c.groupId).map(g -> new CandidateView.GroupRef(g.id, g.name))
                        .orElse(null);
        return new CandidateView(c.id, c.postId, c.title, c.summary, List.copyOf(Arrays.asList(c.skills)),
                c.seniority, c.availableFrom, c.hoursPerWeek,
                new CandidateView.RegionRef(region.code, region.name(english)), c.rate,
                List.copyOf(Arrays.asList(c.contractTypes)), client, sector, group, c.currentStatus(), c.expiresAt,
                c.lastActivityAt, c.createdAt, owner(owner), person, consent, access, interests, null);
    }

    static CandidateView.Owner owner(Account account) {
        return new CandidateView.Owner(account.username, account.displayName);
    }

    private static List<CandidateView.InterestView> interests(long candidateId) {
        return CandidateInterest.inCandidate(candidateId).stream().map(interest -> {
            Account account = Account.findById(interest.accountId);
            return new CandidateView.InterestView(interest.id, account.username, account.displayName,
                    interest.vacancyId, interest.note, interest.createdAt);
        }).toList();
    }

    static NotFound notFound() {
        return new NotFound("There is no such candidate.");
    }
}
