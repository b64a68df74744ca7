package nl.relay.recruitment.vacancies;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.relay.accounts.Account;
import nl.relay.accounts.Caller;
import nl.relay.directory.Client;
import nl.relay.groups.Group;
import nl.relay.platform.database.NativeSql;
import nl.relay.posts.PostView;
import nl.relay.posts.PostVisibility;
import nl.relay.recruitment.Region;
import nl.relay.recruitment.RegionView;

/**
 * Turns vacancies into their views for the signed-in reader: names in the reader's language, and for recruiters
 * how many proposals of candidates they may read each has. A list costs the same few queries however long it is.
 */
@ApplicationScoped
public class VacancyViews {

    private final EntityManager entityManager;
    private final PostVisibility visibility;
    private final Caller caller;

    VacancyViews(EntityManager entityManager, PostVisibility visibility, Caller caller) {
        this.entityManager = entityManager;
        this.visibility = visibility;
        this.caller = caller;
    }

    public VacancyView of(Vacancy vacancy, boolean recruiter, boolean english) {
        return of(List.of(vacancy), recruiter, english).get(0);
    }

    /** The views in the order given: clients, owners, groups, regions and proposal counts one query each. */
    public List<VacancyView> of(List<Vacancy> vacancies, boolean recruiter, boolean english) {
        if (vacancies.isEmpty()) {
            return List.of();
        }
        Map<Long, Client> clients = byId(vacancies.stream().map(v -> v.clientId).toList(),
                ids -> Client.list("id in ?1", ids), (Client c) -> c.id);
        Map<Long, Account> owners = byId(vacancies.stream().map(v -> v.ownerId).toList(),
                ids -> Account.list("id in ?1", ids), (Account a) -> a.id);
        Map<Long, Group> groups = byId(vacancies.stream().map(v -> v.groupId).toList(),
                ids -> Group.list("id in ?1", ids), (Group g) -> g.id);
        Map<String, Region> regions = byId(vacancies.stream().map(v -> v.regionCode).toList(),
                ids -> Region.list("code in ?1", ids), (Region r) -> r.code);
        Map<Long, Integer> proposals = recruiter
                ? proposalCounts(vacancies.stream().map(v -> v.id).toList(), caller.accountId())
                : Map.of();
        return vacancies.stream().map(vacancy -> {
            Client client = clients.get(vacancy.clientId);
            Account owner = owners.get(vacancy.ownerId);
            Group group = vacancy.groupId == null ? null : groups.get(vacancy.groupId);
            return new VacancyView(vacancy.id, vacancy.postId, new PostView.ClientRef(client.id, client.name),
                    vacancy.title, vacancy.description, vacancy.skillList(),
                    RegionView.from(regions.get(vacancy.regionCode), english), vacancy.hoursPerWeek,
                    vacancy.contractType, vacancy.rate,
                    group == null ? null : new PostView.GroupRef(group.id, group.name, group.visibility),
                    vacancy.status, new PostView.Person(owner.username, owner.displayName), vacancy.createdAt,
                    vacancy.changedAt, recruiter ? proposals.getOrDefault(vacancy.id, 0) : null);
        }).toList();
    }

    /**
     * How many proposals each vacancy has of candidates whose post the reader may read: a proposal of a candidate
     * they cannot see is not theirs to know of, not even as a number.
     */
    private Map<Long, Integer> proposalCounts(List<Long> vacancyIds, long readerId) {
        return NativeSql.select(entityManager, "select pr.vacancy_id, count(*) as proposals from proposal pr "
                + "join candidate c on c.id = pr.candidate_id join post p on p.id = c.post_id "
                + "where pr.vacancy_id = any(:ids) and " + visibility.shownClause("p", ":viewer")
                + " group by pr.vacancy_id")
                .bind("ids", vacancyIds.stream().distinct().toArray(Long[]::new)).bind("viewer", readerId)
                .list(row -> Map.entry(row.longValue("vacancy_id"), row.intValue("proposals"))).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The rows {@code load} reads for these ids (nulls and repeats left out, one query), by id. */
    private static <K, E> Map<K, E> byId(List<K> ids, Function<List<K>, List<E>> load, Function<E, K> idOf) {
        List<K> wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
        return wanted.isEmpty()
                ? Map.of()
                : load.apply(wanted).stream().collect(Collectors.toMap(idOf, Function.identity()));
    }
}
