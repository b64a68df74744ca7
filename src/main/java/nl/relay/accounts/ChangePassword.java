package nl.relay.accounts;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import nl.relay.accounts.signin.LoginThrottle;
import nl.relay.platform.errors.Conflict;
import nl.relay.platform.errors.InvalidInput;

/**
 * A signed-in person sets a new password, proving the current one. Wrong guesses count towards the
 * same sign-in throttle, so a stolen token cannot be used to guess the password.
 */
@ApplicationScoped
public class ChangePassword {

    private final LoginThrottle throttle;

    ChangePassword(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    public void change(long accountId, PasswordChange request, String address) {
        Account account = Account.findById(accountId);
        if (account.passwordHash == null) {
            throw new Conflict("Your account has no Relay password: you sign in through the company's account.");
        }
        throttle.admit(account.username, address);
        if (!Passwords.matches(request.currentPassword(), account.passwordHash)) {
            throw new InvalidInput("currentPassword", "is not your current password");
        }
        throttle.succeeded(account, address);
        Passwords.problemWith(request.newPassword()).ifPresent(problem -> {
            throw new InvalidInput("newPassword", problem);
        });
        String hash = Passwords.hash(request.newPassword());
        QuarkusTransaction.requiringNew().run(() -> Account.<Account>findById(accountId).passwordHash = hash);
    }
}
