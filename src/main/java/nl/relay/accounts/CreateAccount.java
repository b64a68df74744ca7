package nl.relay.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.Set;
import nl.relay.platform.errors.Conflict;
import nl.relay.platform.errors.InvalidInput;
import nl.relay.platform.errors.UniqueViolation;

/** Creates an account for a new colleague; the username must be free. */
@ApplicationScoped
public class CreateAccount {

    @Transactional
    public Account create(NewAccount request) {
        Passwords.problemWith(request.password()).ifPresent(problem -> {
            throw new InvalidInput("password", problem);
        });
        if (Account.findByUsername(request.username()).isPresent()) {
            throw new Conflict("The username '" + request.username() + "' is taken.");
        }
        Account account = new Account();
        account.username = request.username();
        account.displayName = request.displayName();
        account.email = request.email();
        account.passwordHash = Passwords.hash(request.password());
        account.assignRoles(rolesOf(request));
        try {
            account.persistAndFlush();
        } catch (PersistenceException e) {
            if (UniqueViolation.isCause(e)) {
                // Another request took the username between the check above and this insert.
                throw new Conflict("The username '" + request.username() + "' is taken.");
            }
            throw e;
        }
        Account.getEntityManager().refresh(account);
        return account;
    }

    /**
     * Creates the account of a person the company's identity provider vouches for (single sign-on or SCIM): no local
     * password, so they sign in only through the provider. The caller found the username free ({@link FreeUsername});
     * a race for it, or for the provider's name or id, is a 409.
     */
    @Transactional
    public Account withoutPassword(ProvidedAccount provided) {
        Account account = new Account();
        account.username = provided.username();
        account.displayName = provided.displayName();
        account.email = provided.email();
        account.passwordHash = null;
        account.externalUserName = provided.externalUserName();
        account.externalId = provided.externalId();
        account.active = provided.active();
        account.assignRoles(provided.roles().isEmpty() ? EnumSet.of(Role.EMPLOYEE) : provided.roles());
        try {
            account.persistAndFlush();
        } catch (PersistenceException e) {
            if (UniqueViolation.isCause(e)) {
                throw new Conflict("The username '" + provided.username() + "' or the provider's name for the person "
                        + "is taken.");
            }
            throw e;
        }
        Account.getEntityManager().refresh(account);
        return account;
    }

    private static Set<Role> rolesOf(NewAccount request) {
        if (request.roles() == null || request.roles().isEmpty()) {
            return EnumSet.of(Role.EMPLOYEE);
        }
        return EnumSet.copyOf(request.roles());
    }
}
