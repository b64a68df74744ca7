package nl.relay.recruitment.vacancies;

import java.util.ArrayList;
import java.util.List;
import nl.relay.platform.errors.InvalidInput;
import nl.relay.platform.errors.Problem;
import nl.relay.platform.text.ControlCharacters;
import nl.relay.platform.text.OneLine;
import nl.relay.recruitment.ContractType;
import nl.relay.recruitment.Region;
import nl.relay.recruitment.Skills;

/** The rules for a vacancy's profile fields, each refusal collected under its field; shared by posting and changing. */
final class VacancyProfile {

    static final int MAX_TITLE = 120;
    static final int MAX_DESCRIPTION = 5000;

    private final List<Problem.FieldError> errors = new ArrayList<>();

    String title(String title) {
        String value = title == null ? "" : title.strip();
        if (value.isEmpty() || value.length() > MAX_TITLE) {
            errors.add(new Problem.FieldError("title", "must be 1 to " + MAX_TITLE + " characters"));
        } else if (!OneLine.Check.holds(value)) {
            errors.add(new Problem.FieldError("title", OneLine.MESSAGE));
        }
        return value;
    }

    String description(String description) {
        String value = description == null ? "" : description.strip();
        if (value.isEmpty() || value.length() > MAX_DESCRIPTION) {
            errors.add(new Problem.FieldError("description", "must be 1 to " + MAX_DESCRIPTION + " characters"));
        } else if (ControlCharacters.clean(value) == null) {
            errors.add(new Problem.FieldError("description", "must not contain control characters"));
        }
        return value;
    }

    List<String> skills(List<String> skills) {
        try {
            return Skills.checked("skills", skills);
        } catch (InvalidInput e) {
            errors.addAll(e.errors());
            return List.of();
        }
    }

    Region region(String code) {
        try {
            return Region.checked("region", code);
        } catch (InvalidInput e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    int hoursPerWeek(Integer hours) {
        if (hours == null || hours < 1 || hours > 60) {
            errors.add(new Problem.FieldError("hoursPerWeek", "must be a whole number from 1 to 60"));
            return 0;
        }
        return hours;
    }

    String contractType(String type) {
        return ContractType.parse(type).map(ContractType::toString).orElseGet(() -> {
            errors.add(new Problem.FieldError("contractType",
                    "must be one of: interim, permanent, secondment, freelance"));
            return null;
        });
    }

    Integer rate(Integer rate) {
        if (rate != null && (rate < 1 || rate > 10000)) {
            errors.add(new Problem.FieldError("rate", "must be a whole number of euros per hour from 1 to 10000"));
        }
        return rate;
    }

    void add(String field, String message) {
        errors.add(new Problem.FieldError(field, message));
    }

    /** Refuses the whole request when any field was refused: nothing is stored. */
    void verify() {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }
}
