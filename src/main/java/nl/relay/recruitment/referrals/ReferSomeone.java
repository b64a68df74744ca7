package nl.relay.recruitment.referrals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.relay.notifications.NewNotification;
import nl.relay.notifications.WriteNotifications;
import nl.relay.platform.errors.InvalidInput;
import nl.relay.platform.errors.Problem;
import nl.relay.platform.text.ControlCharacters;
import nl.relay.platform.text.OneLine;
import nl.relay.privacy.retention.ConsentTerms;
import nl.relay.recruitment.vacancies.ReadableVacancies;
import nl.relay.recruitment.vacancies.Vacancy;

/**
 * Anyone signed in refers someone they know to an open vacancy they may read. The person's details go only into
 * referral_person; the vacancy's owner is notified of the referral (who referred, to which vacancy), never of the
 * person. Refusals never repeat what was typed.
 */
@ApplicationScoped
public class ReferSomeone {

    static final int MAX_NAME = 120;
    static final int MAX_NOTE = 2000;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

    private final ReadableVacancies vacancies;
    private final WriteNotifications notifications;
    private final Clock clock;

    ReferSomeone(ReadableVacancies vacancies, WriteNotifications notifications, Clock clock) {
        this.vacancies = vacancies;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Transactional
    public Referral refer(long referrerId, long vacancyId, NewReferral request) {
        Vacancy vacancy = vacancies.require(referrerId, vacancyId);
        ReferralPerson person = checked(request, clock.instant());
        if (!vacancy.isOpen()) {
            throw new InvalidInput("vacancy", "is " + vacancy.status + ": only an open vacancy takes referrals");
        }
        Referral referral = new Referral();
        referral.vacancyId = vacancy.id;
        referral.referrerId = referrerId;
        referral.createdAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        referral.persistAndFlush();
        person.referralId = referral.id;
        person.persist();
        if (vacancy.ownerId != referrerId) {
            notifications.write(List.of(NewNotification.referral(vacancy.ownerId, vacancy.postId, referrerId)));
        }
        return referral;
    }

    private static ReferralPerson checked(NewReferral request, Instant now) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty() || name.length() > MAX_NAME || !OneLine.Check.holds(name)) {
            errors.add(new Problem.FieldError("name", "must be 1 to " + MAX_NAME + " characters on one line"));
        }
        String email = request.email() == null || request.email().isBlank() ? null : request.email().strip();
        if (email != null && (email.length() > 254 || !OneLine.Check.holds(email) || !EMAIL.matcher(email).matches())) {
            errors.add(new Problem.FieldError("email", "must be a valid email address, or left out"));
        }
        String note = request.note() == null ? "" : request.note().strip();
        if (note.isEmpty() || note.length() > MAX_NOTE) {
            errors.add(new Problem.FieldError("note", "must be 1 to " + MAX_NOTE + " characters"));
        } else if (ControlCharacters.clean(note) == null) {
            errors.add(new Problem.FieldError("note", "must not contain control characters"));
        }
        NewReferral.Consent consent = request.consent();
        String how = consent == null || consent.informedHow() == null || consent.informedHow().isBlank()
                ? null
                : consent.informedHow().strip();
        String source = consent == null || consent.source() == null || consent.source().isBlank()
                ? "referral"
                : consent.source().strip();
        ConsentTerms.checkInformed("consent.", consent == null ? null : consent.informedAt(), how, false, now, errors);
        ConsentTerms.checkSource("consent.", source, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        ReferralPerson person = new ReferralPerson();
        person.consentGiven = consent != null && Boolean.TRUE.equals(consent.given());
        person.consentInformedAt = consent == null || consent.informedAt() == null
                ? null
                : consent.informedAt().truncatedTo(ChronoUnit.MICROS);
        person.consentInformedHow = how;
        person.consentSource = source;
        person.name = name;
        person.email = email;
        person.note = note;
        return person;
    }
}
