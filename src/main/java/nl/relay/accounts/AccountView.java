package nl.relay.accounts;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An account as the API shows it; a pseudonymised one shows its pseudonym and when it was made. */
public record AccountView(String username, String displayName, String email, List<Role> roles, boolean active,
        Instant createdAt,
        @Schema(nullable = true, description = "When an admin pseudonymised this former employee") Instant pseudonymisedAt) {

    public static AccountView from(Account account) {
        return new AccountView(account.username, account.displayName, account.email,
                account.roleSet().stream().sorted().toList(), account.active, account.createdAt,
                account.pseudonymisedAt);
    }
}
