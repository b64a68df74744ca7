package nl.relay.accounts.tokens;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * What a personal access token lets a script do: read (safe methods only), write (everything the person may do
 * that is not administration) and admin (the person's admin and privacy roles too, if they have them).
 */
public enum TokenScope {

    READ, WRITE, ADMIN;

    @JsonValue
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    static TokenScope of(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
