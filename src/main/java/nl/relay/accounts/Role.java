package nl.relay.accounts;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What an account may do beyond reading and posting. */
public enum Role {

    EMPLOYEE, RECRUITER, ADMIN, PRIVACY, MODERATOR, COMMUNICATIONS;

    public static final String ADMIN_NAME = "admin";
    public static final String RECRUITER_NAME = "recruiter";
    /** The privacy officer: reads the audit of who read personal data (issue 17). */
    public static final String PRIVACY_NAME = "privacy";
    /** Works the moderation queue: reported posts, hiding them, the moderation audit (issue 20). */
    public static final String MODERATOR_NAME = "moderator";
    /** Internal communications: posts announcements to everyone or to a group (issue 20). */
    public static final String COMMUNICATIONS_NAME = "communications";

    @JsonValue
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role with this name (any case), if there is one. */
    public static java.util.Optional<Role> named(String value) {
        try {
            return java.util.Optional.of(of(value.strip()));
        } catch (IllegalArgumentException | NullPointerException e) {
            return java.util.Optional.empty();
        }
    }

    static Role of(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
