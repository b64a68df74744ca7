package nl.relay.recruitment.vacancies;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import nl.relay.accounts.Account;
import nl.relay.directory.Client;
import nl.relay.groups.Group;
import nl.relay.platform.database.NativeSql;
import nl.relay.posts.PostView;
import nl.relay.recruitment.Region;
import nl.relay.recruitment.RegionView;

/** Turns vacancies into their views for one reader: names in the reader's language, proposal counts for recruiters. */
@ApplicationScoped
public class VacancyViews {

    private final EntityManager entityManager;

    VacancyViews(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public VacancyView of(Vacancy vacancy, boolean recruiter, boolean english) {
        Client client = Client.findById(vacancy.clientId);
        Account owner = Account.findById(vacancy.ownerId);
        Group group = vacancy.groupId == null ? null : Group.findById(vacancy.groupId);
        Integer proposals = recruiter ? proposalCount(vacancy.id) : null;
        return new VacancyView(vacancy.id, vacancy.postId, new PostView.ClientRef(client.id, client.name),
                vacancy.title, vacancy.description, vacancy.skillList(),
                RegionView.from(Region.findById(vacancy.regionCode), english), vacancy.hoursPerWeek,
                vacancy.contractType, vacancy.rate,
                group == null ? null : new PostView.GroupRef(group.id, group.name, group.visibility),
                vacancy.status, new PostView.Person(owner.username, owner.displayName), vacancy.createdAt,
                vacancy.changedAt, proposals);
    }

    public List<VacancyView> of(List<Vacancy> vacancies, boolean recruiter, boolean english) {
        return vacancies.stream().map(v -> of(v, recruiter, english)).toList();
    }

    private int proposalCount(long vacancyId) {
        return ((Number) NativeSql.of(entityManager, "select count(*) from proposal where vacancy_id = :id")
                .bind("id", vacancyId).query().getSingleResult()).intValue();
    }
}
