package nl.relay.accounts.signin;

import jakarta.enterprise.context.ApplicationScoped;
import nl.relay.accounts.Account;
import nl.relay.accounts.Passwords;
import nl.relay.accounts.sessions.AuthConfig;
import nl.relay.accounts.sessions.IssueToken;
import nl.relay.accounts.sessions.IssuedToken;
import nl.relay.platform.errors.NotFound;
import nl.relay.platform.errors.Unauthenticated;

/**
 * Checks a username and password and issues a token. Unknown user, wrong password and inactive
 * account fail alike; repeated failures slow down further attempts ({@link LoginThrottle}).
 */
@ApplicationScoped
public class SignIn {

    private final LoginThrottle throttle;
    private final IssueToken issueToken;
    private final AuthConfig config;

    SignIn(LoginThrottle throttle, IssueToken issueToken, AuthConfig config) {
        this.throttle = throttle;
        this.issueToken = issueToken;
        this.config = config;
    }

    /** Whether people may sign in with a password kept by Relay ({@code relay.auth.local-passwords}). */
    public boolean passwordsAllowed() {
        return config.localPasswords();
    }

    public IssuedToken withPassword(Credentials credentials, String address) {
        if (!config.localPasswords()) {
            throw new NotFound("Signing in with a password is switched off: sign in through the company's account.");
        }
        String username = Account.normalise(credentials.username());
        if (username == null || username.isEmpty() || credentials.password() == null) {
            throw new Unauthenticated("Invalid username or password.");
        }
        throttle.admit(username, address);
        Account account = Account.findByUsername(username).orElse(null);
        boolean valid = Passwords.matches(credentials.password(), account == null ? null : account.passwordHash);
        if (!valid || !account.active) {
            throw new Unauthenticated("Invalid username or password.");
        }
        throttle.succeeded(account, address);
        return issueToken.forAccount(account);
    }
}
