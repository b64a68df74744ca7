package nl.relay.web.vacancies;

import java.util.ArrayList;
import java.util.List;
import nl.relay.platform.errors.Problem;

/** A refused vacancy or referral form's errors by the field they show at; those of no field in {@code others}. */
public record FieldErrors(List<Problem.FieldError> all) {

    public static final FieldErrors NONE = new FieldErrors(List.of());

    /** Whether this field was refused. */
    public boolean at(String field) {
        return all.stream().anyMatch(e -> e.field().equals(field));
    }

    private static final String[] VACANCY_FIELDS = {"clientId", "title", "description", "skills", "region",
            "hoursPerWeek", "contractType", "rate", "groupId"};

    /** The vacancy form's first refused field, where the focus goes. */
    public String firstOfVacancy() {
        return first(VACANCY_FIELDS);
    }

    /** Refusals the vacancy form shows at no field. */
    public List<Problem.FieldError> othersOfVacancy() {
        return others(VACANCY_FIELDS);
    }

    /** The referral form's first refused field. */
    public String firstOfReferral() {
        return first("name", "email", "note");
    }

    /** Refusals the referral form shows at no field. */
    public List<Problem.FieldError> othersOfReferral() {
        return others("name", "email", "note");
    }

    /** The first refused field in the form's order, where the focus goes; empty when none. */
    public String first(String... order) {
        for (String field : order) {
            if (at(field)) {
                return field;
            }
        }
        return "";
    }

    /** Refusals of fields the form does not show. */
    public List<Problem.FieldError> others(String... fields) {
        List<Problem.FieldError> others = new ArrayList<>(all);
        others.removeIf(e -> List.of(fields).contains(e.field()));
        return others;
    }

    public boolean any() {
        return !all.isEmpty();
    }
}
