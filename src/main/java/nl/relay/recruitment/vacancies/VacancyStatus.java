package nl.relay.recruitment.vacancies;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import nl.relay.platform.text.ApiNames;

/** Where a vacancy stands: open, on hold, or finally filled or closed. */
public enum VacancyStatus {

    OPEN, ON_HOLD, FILLED, CLOSED;

    public static final String VALUES = "open, on-hold, filled or closed";

    @JsonValue
    @Override
    public String toString() {
        return ApiNames.of(this);
    }

    /** Filled and closed are final: a vacancy never leaves them. */
    public boolean isFinal() {
        return this == FILLED || this == CLOSED;
    }

    public static Optional<VacancyStatus> parse(String value) {
        return ApiNames.parse(VacancyStatus.class, value);
    }
}
