package nl.relay.accounts;

import java.util.Set;

/**
 * A person the company's identity provider tells Relay about, to become an account without a password: from a single
 * sign-on (no provider name or id) or from SCIM provisioning (its userName and externalId).
 */
public record ProvidedAccount(String username, String displayName, String email, Set<Role> roles, boolean active,
        String externalUserName, String externalId) {

    /** Someone who signed in through the provider for the first time. */
    public static ProvidedAccount signedIn(String username, String displayName, String email, Set<Role> roles) {
        return new ProvidedAccount(username, displayName, email, roles, true, null, null);
    }
}
