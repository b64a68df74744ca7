package nl.relay.accounts.signin;

import jakarta.enterprise.context.ApplicationScoped;
import nl.relay.accounts.Account;
import nl.relay.accounts.Passwords;
import nl.relay.accounts.sessions.IssueToken;
import nl.relay.accounts.sessions.IssuedToken;
import nl.relay.platform.errors.Unauthenticated;

/**
 * Checks a username and password and issues a token. Unknown user, wrong password and inactive
 * account fail alike; repeated failures slow down further attempts ({@link LoginThrottle}).
 */
@ApplicationScoped
public class SignIn {

    private final LoginThrottle throttle;
    private final IssueToken issueToken;

    SignIn(LoginThrottle throttle, IssueToken issueToken) {
        this.throttle = throttle;
        this.issueToken = issueToken;
    }

    public IssuedToken withPassword(Credentials credentials, String address) {
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
