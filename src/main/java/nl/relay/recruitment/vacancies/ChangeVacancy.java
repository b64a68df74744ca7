package nl.relay.recruitment.vacancies;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import nl.relay.platform.errors.Conflict;
import nl.relay.platform.errors.InvalidInput;
import nl.relay.platform.errors.NotAllowed;
import nl.relay.platform.outbox.Outbox;
import nl.relay.posts.EditPost;
import nl.relay.posts.PostEdit;
import nl.relay.recruitment.OnOfferAgain;

/**
 * The owner (or an admin) changes a vacancy: its status (filled and closed are final) and its profile, whose
 * post is rewritten through the post's own edit, so its history is kept.
 */
@ApplicationScoped
public class ChangeVacancy {

    private final ReadableVacancies readable;
    private final EditPost editPost;
    private final Outbox outbox;
    private final Clock clock;

    ChangeVacancy(ReadableVacancies readable, EditPost editPost, Outbox outbox, Clock clock) {
        this.readable = readable;
        this.editPost = editPost;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Vacancy change(long callerId, boolean admin, long vacancyId, VacancyChanges changes) {
        Vacancy vacancy = readable.requireLocked(callerId, vacancyId);
        if (vacancy.ownerId != callerId && !admin) {
            throw new NotAllowed("Only the vacancy's owner or an admin can change it.");
        }
        VacancyStatus status = changes.status() == null
                ? null
                : VacancyStatus.parse(changes.status())
                        .orElseThrow(() -> new InvalidInput("status", "must be one of: " + VacancyStatus.VALUES));
        VacancyStatus current = VacancyStatus.parse(vacancy.status).orElseThrow();
        if (current.isFinal() && (status != null && status != current || changes.changesProfile())) {
            throw new Conflict("This vacancy is " + current + ": it can no longer change.");
        }
        if (changes.changesProfile()) {
            changeProfile(vacancy, changes);
        }
        if (status != null) {
            vacancy.status = status.toString();
        }
        boolean reopened = current != VacancyStatus.OPEN && status == VacancyStatus.OPEN;
        if (vacancy.isOpen() && (reopened || changes.changesProfile())) {
            outbox.send(new OnOfferAgain(vacancy.postId));
        }
        vacancy.changedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return vacancy;
    }

    private void changeProfile(Vacancy vacancy, VacancyChanges changes) {
        VacancyProfile profile = new VacancyProfile();
        String title = changes.title() == null ? vacancy.title : profile.title(changes.title());
        String description = changes.description() == null
                ? vacancy.description
                : profile.description(changes.description());
        String[] skills = changes.skills() == null
                ? vacancy.skills
                : profile.skills(changes.skills()).toArray(String[]::new);
        var region = changes.region() == null ? null : profile.region(changes.region());
        int hours = changes.hoursPerWeek() == null
                ? vacancy.hoursPerWeek
                : profile.hoursPerWeek(changes.hoursPerWeek());
        String contract = changes.contractType() == null
                ? vacancy.contractType
                : profile.contractType(changes.contractType());
        Integer rate = changes.rate() == null ? vacancy.rate : profile.rate(changes.rate());
        profile.verify();
        vacancy.title = title;
        vacancy.description = description;
        vacancy.skills = skills;
        vacancy.regionCode = region == null ? vacancy.regionCode : region.code;
        vacancy.hoursPerWeek = hours;
        vacancy.contractType = contract;
        vacancy.rate = rate;
        String body = VacancyText.of(vacancy);
        if (body.length() > VacancyText.MAX_BODY) {
            profile.add("description", "is too long: with the title and details the vacancy must fit in "
                    + VacancyText.MAX_BODY + " characters");
            profile.verify();
        }
        // The post is the owner's: it is rewritten in their name, also when an admin made the change.
        editPost.rewriteProfile(vacancy.ownerId, vacancy.postId, new PostEdit(body));
    }
}
