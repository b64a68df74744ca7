package nl.relay.recruitment;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import nl.relay.platform.text.ApiNames;

/** How someone is engaged: interim, permanent, secondment (detachering) or freelance. */
public enum ContractType {

    INTERIM, PERMANENT, SECONDMENT, FREELANCE;

    @JsonValue
    @Override
    public String toString() {
        return ApiNames.of(this);
    }

    public static Optional<ContractType> parse(String value) {
        return ApiNames.parse(ContractType.class, value);
    }
}
