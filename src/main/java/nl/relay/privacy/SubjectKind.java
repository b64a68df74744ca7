package nl.relay.privacy;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Whose details were read: the person behind a candidate offer, or a referred person. */
public enum SubjectKind {

    CANDIDATE, REFERRAL;

    @JsonValue
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    static SubjectKind of(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
