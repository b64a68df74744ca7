package nl.relay.accounts.sso;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.relay.accounts.Account;
import nl.relay.accounts.CreateAccount;
import nl.relay.accounts.FreeUsername;
import nl.relay.accounts.ProvidedAccount;
import nl.relay.accounts.Role;
import nl.relay.accounts.sessions.SessionSignal;
import nl.relay.platform.errors.Conflict;
import nl.relay.platform.errors.UniqueViolation;
import org.jboss.logging.Logger;

/**
 * Finds the account of a person the provider vouches for, or creates it just in time: first by the provider's
 * subject it was linked to before, then by the configured claim compared with the account's address (or the name
 * SCIM provisioned it under). Keeps the mapped roles in step with the provider. Refuses deactivated accounts.
 */
@ApplicationScoped
class ProviderAccounts {

    private static final Logger LOG = Logger.getLogger(ProviderAccounts.class);
    private static final java.util.regex.Pattern ADDRESS = java.util.regex.Pattern
            .compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");
    private static final java.util.regex.Pattern CONTROL = java.util.regex.Pattern
            .compile("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]");
    private static final int MAX_EMAIL = 254;
    private static final int MAX_NAME = 100;

    private final SingleSignOnConfig config;
    private final RoleMapping roleMapping;
    private final CreateAccount createAccount;
    private final SessionSignal signal;

    ProviderAccounts(SingleSignOnConfig config, RoleMapping roleMapping, CreateAccount createAccount,
            SessionSignal signal) {
        this.config = config;
        this.roleMapping = roleMapping;
        this.createAccount = createAccount;
        this.signal = signal;
    }

    /**
     * The signed-in person's account, as it is after this sign-in. Roles follow the provider only at a sign-in on the
     * page (the ID token): an API call's access token may carry other claims than the ID token.
     */
    Account signIn(ProviderClaims claims, boolean mapRoles) {
        if (claims.subject() == null || claims.issuer() == null) {
            throw new RefusedSignIn(RefusedSignIn.Reason.INCOMPLETE);
        }
        try {
            return QuarkusTransaction.requiringNew().call(() -> findOrCreate(claims, mapRoles));
        } catch (Conflict e) {
            // Two first sign-ins at once: the other one created or linked the account; find it now.
            return QuarkusTransaction.requiringNew().call(() -> findOrCreate(claims, mapRoles));
        }
    }

    private Account findOrCreate(ProviderClaims claims, boolean mapRoles) {
        Account account = Account.<Account>find("providerSubject", claims.providerSubject()).firstResultOptional()
                .orElseGet(() -> byClaim(claims));
        if (account == null) {
            account = create(claims);
        }
        if (!account.active || account.isPseudonymised()) {
            throw new RefusedSignIn(RefusedSignIn.Reason.INACTIVE);
        }
        if (account.providerSubject == null) {
            account.providerSubject = claims.providerSubject();
            LOG.infof("Account %d linked to the identity provider", account.id);
        } else if (!account.providerSubject.equals(claims.providerSubject())) {
            throw new RefusedSignIn(RefusedSignIn.Reason.LINKED_ELSEWHERE);
        }
        if (mapRoles) {
            mapRoles(account, claims);
        }
        try {
            Account.getEntityManager().flush();
        } catch (PersistenceException e) {
            if (UniqueViolation.isCause(e)) {
                throw new Conflict("Linked by a sign-in at the same moment.");
            }
            throw e;
        }
        return account;
    }

    private Account byClaim(ProviderClaims claims) {
        if (claims.accountKey() == null) {
            throw new RefusedSignIn(RefusedSignIn.Reason.INCOMPLETE);
        }
        String key = claims.accountKey().toLowerCase(Locale.ROOT);
        List<Account> matches = Account.list("lower(email) = ?1 or lower(externalUserName) = ?1", key);
        if (matches.size() > 1) {
            throw new RefusedSignIn(RefusedSignIn.Reason.AMBIGUOUS);
        }
        Account match = matches.isEmpty() ? null : matches.get(0);
        boolean provisioned = match != null && key.equalsIgnoreCase(match.externalUserName);
        if (!provisioned && key.equalsIgnoreCase(claims.email())) {
            // An address the person may have typed in themselves at the provider must not open someone's account:
            // never one the provider says it did not check, and one with powers only when it says it did. (A name
            // SCIM provisioned the account under came from the company's own directory: that one links.)
            boolean powers = match != null && (match.hasRole(Role.ADMIN) || match.hasRole(Role.PRIVACY)
                    || match.hasRole(Role.MODERATOR) || match.hasRole(Role.COMMUNICATIONS));
            if (Boolean.FALSE.equals(claims.emailVerified())
                    || powers && !Boolean.TRUE.equals(claims.emailVerified())) {
                throw new RefusedSignIn(RefusedSignIn.Reason.UNVERIFIED);
            }
        }
        return match;
    }

    private Account create(ProviderClaims claims) {
        if (!config.createAccounts()) {
            throw new RefusedSignIn(RefusedSignIn.Reason.UNKNOWN);
        }
        String email = claims.email() != null
                ? claims.email()
                : claims.accountKey().contains("@") ? claims.accountKey() : null;
        if (email == null) {
            throw new RefusedSignIn(RefusedSignIn.Reason.INCOMPLETE);
        }
        if (email.length() > MAX_EMAIL || !ADDRESS.matcher(email).matches()) {
            throw new RefusedSignIn(RefusedSignIn.Reason.INCOMPLETE);
        }
        String username = FreeUsername.from(claims.preferredUsername(), email);
        String displayName = oneLine(claims.name()).orElse(username);
        Set<Role> roles = roleMapping.apply(EnumSet.of(Role.EMPLOYEE), claims.providerRoles());
        Account account = createAccount.withoutPassword(ProvidedAccount.signedIn(username, displayName, email, roles));
        LOG.infof("Account %d created at its first single sign-on", account.id);
        return account;
    }

    /** A name for the directory: one line, no control characters, at most 100 characters; none when blank. */
    private static java.util.Optional<String> oneLine(String name) {
        if (name == null) {
            return java.util.Optional.empty();
        }
        String line = CONTROL.matcher(name).replaceAll(" ").strip().replaceAll("\\s+", " ");
        if (line.length() > MAX_NAME) {
            line = line.substring(0, MAX_NAME).strip();
        }
        return line.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(line);
    }

    private void mapRoles(Account account, ProviderClaims claims) {
        Set<Role> roles = roleMapping.apply(account.roleSet(), claims.providerRoles());
        if (account.hasRole(Role.ADMIN) && !roles.contains(Role.ADMIN) && Account.countActiveAdmins() <= 1) {
            // The provider's groups never leave Relay without an admin, as an admin's own change could not.
            roles.add(Role.ADMIN);
            LOG.warnf("Account %d keeps the admin role: it is the last active admin", account.id);
        }
        if (!roles.equals(account.roleSet())) {
            account.assignRoles(roles);
            signal.changed(account.id);
            LOG.infof("Account %d roles set from the identity provider: %s", account.id, roles);
        }
    }
}
