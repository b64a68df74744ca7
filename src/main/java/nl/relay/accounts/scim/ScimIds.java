package nl.relay.accounts.scim;

import java.util.Optional;

/** A SCIM id is the account's id as text; anything else names no user. */
final class ScimIds {

    private ScimIds() {
    }

    static Optional<Long> parse(String id) {
        if (id == null || !id.matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(id));
    }
}
