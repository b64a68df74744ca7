package nl.relay.web;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import nl.relay.accounts.Caller;

/**
 * Who is signed in on this page request, if anyone. A missing, expired or revoked session cookie
 * means "signed out" on the pages (they show the sign-in form) rather than an error.
 */
@RequestScoped
class PageSession {

    private final SecurityIdentity identity;
    private final Caller caller;

    PageSession(SecurityIdentity identity, Caller caller) {
        this.identity = identity;
        this.caller = caller;
    }

    Optional<Long> accountId() {
        try {
            return identity.isAnonymous() ? Optional.empty() : Optional.of(caller.accountId());
        } catch (AuthenticationFailedException | io.quarkus.security.UnauthorizedException e) {
            return Optional.empty();
        }
    }
}
