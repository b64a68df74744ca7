package nl.relay.web;

import io.quarkus.qute.TemplateExtension;
import nl.relay.accounts.AccountView;

/** Lets the accounts screen ask {@code a.has('admin')} to tick the right role boxes. */
@TemplateExtension
final class AccountViewExtensions {

    private AccountViewExtensions() {
    }

    static boolean has(AccountView account, String role) {
        return account.roles().stream().anyMatch(r -> r.toString().equals(role));
    }
}
