package nl.relay.accounts;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import nl.relay.accounts.sessions.SessionCheck;
import nl.relay.platform.errors.Unauthenticated;

/** The signed-in account making the current request. */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;
    private Account account;

    Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public long accountId() {
        Long id = identity.getAttribute(SessionCheck.ACCOUNT_ID);
        if (id == null) {
            throw new Unauthenticated("Sign in first.");
        }
        return id;
    }

    public String username() {
        return identity.getPrincipal().getName();
    }

    public boolean isAdmin() {
        return identity.hasRole(Role.ADMIN_NAME);
    }

    public boolean hasRole(Role role) {
        return identity.hasRole(role.toString());
    }

    /** The caller's account, loaded once per request. */
    public Account account() {
        if (account == null) {
            account = Account.findById(accountId());
            if (account == null) {
                throw new Unauthenticated("Sign in first.");
            }
        }
        return account;
    }
}
