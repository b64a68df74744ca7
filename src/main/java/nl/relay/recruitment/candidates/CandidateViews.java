package nl.relay.recruitment.candidates;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
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
    private final CandidateDocuments documents;

    CandidateViews(PostVisibility visibility, RequestLanguage language, CandidateDuplicates duplicates,
            CandidateDocuments documents) {
        this.documents = documents;
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
        return view(candidate, References.of(List.of(candidate)),
                person.map(p -> new CandidateView.PersonRef(p.name, p.email, p.phone, p.anonymisedAt)).orElse(null),
                person.map(p -> new CandidateView.ConsentRef(p.consentGiven, p.consentInformedAt,
                        p.consentInformedHow, p.consentSource)).orElse(null),
                owner ? CandidateAccess.usernames(candidate.id) : null,
                owner ? interests(candidate.id) : null,
                person.flatMap(p -> documents.of(candidate.id)).map(cv -> ReadCv.ref(candidate.id, cv)).orElse(null));
    }

    /**
     * The anonymous profiles of the candidates with these ids, in this order, as the board shows them: the
     * candidates and what they refer to (owner, client, sector, group, region) read in a fixed number of queries
     * however long the list. An id that no longer names a candidate is left out.
     */
    public List<CandidateView> anonymous(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Candidate> byId = Candidate.<Candidate>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(c -> c.id, Function.identity()));
        List<Candidate> candidates = ids.stream().map(byId::get).filter(Objects::nonNull).toList();
        References references = References.of(candidates);
        return candidates.stream().map(c -> view(c, references, null, null, null, null, null)).toList();
    }

    private CandidateView view(Candidate c, References references, CandidateView.PersonRef person,
            CandidateView.ConsentRef consent, List<String> access, List<CandidateView.InterestView> interests,
            CandidateView.CvRef cv) {
        boolean english = language.isEnglish();
        Region region = Optional.ofNullable(references.regions().get(c.regionCode)).orElseThrow();
        Account owner = references.owners().get(c.ownerId);
        CandidateView.ClientRef client = c.clientId == null
                ? null
                : Optional.ofNullable(references.clients().get(c.clientId))
                        .map(x -> new CandidateView.ClientRef(x.id, x.name)).orElse(null);
        CandidateView.SectorRef sector = c.sectorCode == null
                ? null
                : Optional.ofNullable(references.sectors().get(c.sectorCode))
                        .map(s -> new CandidateView.SectorRef(s.code, s.name(english))).orElse(null);
        CandidateView.GroupRef group = c.groupId == null
                ? null
                : Optional.ofNullable(references.groups().get(c.groupId))
                        .map(g -> new CandidateView.GroupRef(g.id, g.name)).orElse(null);
        return new CandidateView(c.id, c.postId, c.title, c.summary, List.copyOf(Arrays.asList(c.skills)),
                c.seniority, c.availableFrom, c.hoursPerWeek,
                new CandidateView.RegionRef(region.code, region.name(english)), c.rate,
                List.copyOf(Arrays.asList(c.contractTypes)), client, sector, group, c.currentStatus(), c.expiresAt,
                c.lastActivityAt, c.createdAt, owner(owner), person, consent, access, interests, null, cv);
    }

    static CandidateView.Owner owner(Account account) {
        return new CandidateView.Owner(account.username, account.displayName);
    }

    private static List<CandidateView.InterestView> interests(long candidateId) {
        List<CandidateInterest> all = CandidateInterest.inCandidate(candidateId);
        Map<Long, Account> accounts = byId(all.stream().map(i -> i.accountId).toList(),
                ids -> Account.list("id in ?1", ids), (Account a) -> a.id);
        return all.stream().map(interest -> {
            Account account = accounts.get(interest.accountId);
            return new CandidateView.InterestView(interest.id, account.username, account.displayName,
                    interest.vacancyId, interest.note, interest.createdAt);
        }).toList();
    }

    /**
     * What a list of candidates refers to, each kind read in one query by the ids the candidates hold (not joined
     * from the candidate table, so a candidate changed in this transaction shows what it now refers to).
     */
    private record References(Map<Long, Account> owners, Map<Long, Client> clients, Map<String, Sector> sectors,
            Map<Long, Group> groups, Map<String, Region> regions) {

        static References of(List<Candidate> candidates) {
            return new References(
                    byId(candidates.stream().map(c -> c.ownerId).toList(), ids -> Account.list("id in ?1", ids),
                            (Account a) -> a.id),
                    byId(candidates.stream().map(c -> c.clientId).toList(), ids -> Client.list("id in ?1", ids),
                            (Client x) -> x.id),
                    byId(candidates.stream().map(c -> c.sectorCode).toList(), ids -> Sector.list("code in ?1", ids),
                            (Sector s) -> s.code),
                    byId(candidates.stream().map(c -> c.groupId).toList(), ids -> Group.list("id in ?1", ids),
                            (Group g) -> g.id),
                    byId(candidates.stream().map(c -> c.regionCode).toList(), ids -> Region.list("code in ?1", ids),
                            (Region r) -> r.code));
        }
    }

    /** The rows {@code load} reads for these ids (nulls and repeats left out, one query), by id. */
    private static <K, E> Map<K, E> byId(List<K> ids, Function<List<K>, List<E>> load, Function<E, K> idOf) {
        List<K> wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
        return wanted.isEmpty()
                ? Map.of()
                : load.apply(wanted).stream().collect(Collectors.toMap(idOf, Function.identity()));
    }

    static NotFound notFound() {
        return new NotFound("There is no such candidate.");
    }
}
