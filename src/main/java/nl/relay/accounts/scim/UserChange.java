package nl.relay.accounts.scim;

/**
 * What a SCIM request asks of a user, read from a whole resource (POST, PUT) or from PATCH operations. Null
 * means "as it is"; the external id can also be removed, so it says whether it was given.
 */
final class UserChange {

    String userName;
    String externalId;
    boolean externalIdGiven;
    String displayName;
    /** name.formatted: the display name when no displayName is given. */
    String formattedName;
    String givenName;
    String familyName;
    String email;
    Boolean active;

    void externalId(String value) {
        externalId = value;
        externalIdGiven = true;
    }

    /** The display name this change asks for: displayName, else name.formatted, else none. */
    String requestedDisplayName() {
        return displayName != null ? displayName : formattedName;
    }

    /** The display name of a new user: as asked, else given and family name, else the userName's local part. */
    String displayNameForNewUser() {
        String requested = requestedDisplayName();
        if (requested != null) {
            return requested;
        }
        String composed = ((givenName == null ? "" : givenName) + " " + (familyName == null ? "" : familyName))
                .strip();
        return composed.isEmpty() ? localPart(userName) : composed;
    }

    /** The e-mail address of a new user: as asked, else the userName when it is an address (a UPN often is). */
    String emailForNewUser() {
        if (email != null) {
            return email;
        }
        if (userName != null && userName.indexOf('@') > 0) {
            return userName;
        }
        throw ScimError.invalidValue("A new user needs an e-mail address: emails[type eq \"work\"].value.");
    }

    static String localPart(String userName) {
        int at = userName.lastIndexOf('@');
        return at > 0 ? userName.substring(0, at) : userName;
    }
}
