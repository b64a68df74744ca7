package nl.relay.recruitment;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/** How someone is engaged: interim, permanent, secondment (detachering) or freelance. */
public enum ContractType {

    INTERIM, PERMANENT, SECONDMENT, FREELANCE;

    @JsonValue
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ContractType> parse(String value) {
        for (ContractType type : values()) {
            if (type.toString().equals(value)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
