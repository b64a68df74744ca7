package nl.relay.accounts.reset;

import jakarta.enterprise.context.ApplicationScoped;
import nl.relay.accounts.sessions.AuthConfig;
import nl.relay.platform.errors.NotFound;

/**
 * Password reset exists only while people may sign in with a password Relay keeps
 * ({@code relay.auth.local-passwords}); otherwise its endpoints and pages answer as if there were none.
 */
@ApplicationScoped
class LocalPasswordsOnly {

    private final AuthConfig config;

    LocalPasswordsOnly(AuthConfig config) {
        this.config = config;
    }

    boolean offered() {
        return config.localPasswords();
    }

    /** Refuses with the same 404 an unknown API path gets, when local passwords are off. */
    void require() {
        if (!offered()) {
            throw new NotFound("There is no such API path.");
        }
    }
}
