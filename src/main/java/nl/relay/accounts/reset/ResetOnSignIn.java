package nl.relay.accounts.reset;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * What the sign-in page shows of password reset, as {@code inject:passwordReset} in its template: the
 * "forgot your password?" link while local passwords are on, and the notice after a reset.
 */
@Named("passwordReset")
@RequestScoped
public class ResetOnSignIn {

    private final LocalPasswordsOnly localPasswords;
    private final CurrentVertxRequest request;

    ResetOnSignIn(LocalPasswordsOnly localPasswords, CurrentVertxRequest request) {
        this.localPasswords = localPasswords;
        this.request = request;
    }

    public boolean isOffered() {
        return localPasswords.offered();
    }

    /** The sign-in page was reached from a successful reset ({@code /login?reset=done}). */
    public boolean isDone() {
        var current = request.getCurrent();
        return current != null && current.request().method().name().equals("GET")
                && "done".equals(current.request().getParam("reset"));
    }
}
