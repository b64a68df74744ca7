package nl.relay.web.vacancies;

import io.quarkus.qute.TemplateExtension;
import java.util.List;
import nl.relay.platform.errors.Problem;
import nl.relay.web.FieldErrors;

/** The vacancy and referral forms' fields in their order, for the templates' focus and leftover refusals. */
@TemplateExtension
final class VacancyFormErrors {

    private static final List<String> VACANCY_FIELDS = List.of("clientId", "title", "description", "skills",
            "region", "hoursPerWeek", "contractType", "rate", "groupId");
    private static final List<String> REFERRAL_FIELDS = List.of("name", "email", "note");

    private VacancyFormErrors() {
    }

    /** The vacancy form's first refused field, where the focus goes. */
    static String firstOfVacancy(FieldErrors errors) {
        return errors.first(VACANCY_FIELDS);
    }

    /** Refusals the vacancy form shows at no field. */
    static List<Problem.FieldError> othersOfVacancy(FieldErrors errors) {
        return errors.others(VACANCY_FIELDS);
    }

    /** The referral form's first refused field. */
    static String firstOfReferral(FieldErrors errors) {
        return errors.first(REFERRAL_FIELDS);
    }

    /** Refusals the referral form shows at no field. */
    static List<Problem.FieldError> othersOfReferral(FieldErrors errors) {
        return errors.others(REFERRAL_FIELDS);
    }
}
