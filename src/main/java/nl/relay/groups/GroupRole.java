package nl.relay.groups;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/** A member's role in a group; owners and admins manage it, only owners make or unmake owners. */
public enum GroupRole {

    OWNER, ADMIN, MEMBER;

    @JsonValue
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    static GroupRole of(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }

    /** "owner", "admin" or "member", any case; anything else is empty. */
    public static Optional<GroupRole> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (GroupRole role : values()) {
            if (role.toString().equalsIgnoreCase(value.strip())) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    public boolean manages() {
        return this == OWNER || this == ADMIN;
    }
}
