package nl.relay.accounts;

import java.time.Instant;
import java.util.List;

/** An account as the API shows it. */
public record AccountView(String username, String displayName, String email, List<Role> roles, boolean active,
        Instant createdAt) {

    public static AccountView from(Account account) {
        return new AccountView(account.username, account.displayName, account.email,
                account.roleSet().stream().sorted().toList(), account.active, account.createdAt);
    }
}
