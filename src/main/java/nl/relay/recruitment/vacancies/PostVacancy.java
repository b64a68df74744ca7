package nl.relay.recruitment.vacancies;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import nl.relay.posts.NewPost;
import nl.relay.posts.PostKind;
import nl.relay.posts.PublishPost;

/**
 * A recruiter posts a vacancy at a client: the profile is checked as a whole, and the vacancy and its post
 * (kind vacancy, readable Dutch text) are written in one transaction; refused input stores nothing.
 */
@ApplicationScoped
public class PostVacancy {

    private final PublishPost publishPost;
    private final ClientForVacancy clients;
    private final Clock clock;

    PostVacancy(PublishPost publishPost, ClientForVacancy clients, Clock clock) {
        this.publishPost = publishPost;
        this.clients = clients;
        this.clock = clock;
    }

    @Transactional
    public Vacancy post(long ownerId, NewVacancy request) {
        VacancyProfile profile = new VacancyProfile();
        Vacancy vacancy = new Vacancy();
        String sectorCode = clients.sectorOf(request.clientId(), profile);
        vacancy.title = profile.title(request.title());
        vacancy.description = profile.description(request.description());
        vacancy.skills = profile.skills(request.skills()).toArray(String[]::new);
        var region = profile.region(request.region());
        vacancy.hoursPerWeek = profile.hoursPerWeek(request.hoursPerWeek());
        vacancy.contractType = profile.contractType(request.contractType());
        vacancy.rate = profile.rate(request.rate());
        profile.verify();
        vacancy.clientId = request.clientId();
        vacancy.regionCode = region.code;
        vacancy.ownerId = ownerId;
        String body = VacancyText.of(vacancy);
        if (body.length() > VacancyText.MAX_BODY) {
            profile.add("description", "is too long: with the title and details the vacancy must fit in "
                    + VacancyText.MAX_BODY + " characters");
            profile.verify();
        }
        vacancy.postId = publishPost.publish(ownerId,
                new NewPost(body, PostKind.VACANCY, request.groupId(), vacancy.clientId, sectorCode, null));
        vacancy.groupId = request.groupId();
        vacancy.createdAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        vacancy.changedAt = vacancy.createdAt;
        vacancy.persist();
        return vacancy;
    }
}
