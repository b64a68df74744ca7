package nl.relay.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import nl.relay.accounts.sessions.SessionSignal;
import nl.relay.platform.errors.Conflict;
import nl.relay.platform.errors.NotFound;

/**
 * An admin changes an account: name, e-mail, roles, or whether it is active. Deactivating ends all
 * its sessions. Relay never loses its last active admin.
 */
@ApplicationScoped
public class ChangeAccount {

    private final SessionSignal signal;

    ChangeAccount(SessionSignal signal) {
        this.signal = signal;
    }

    @Transactional
    public Account change(String username, AccountChanges changes) {
        Account account = Account.<Account>find("username", Account.normalise(username))
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional()
                .orElseThrow(() -> new NotFound("There is no account '" + username + "'."));
        boolean wasActiveAdmin = account.active && account.hasRole(Role.ADMIN);
        boolean wasActive = account.active;
        String[] rolesBefore = account.roles.clone();
        if (account.isPseudonymised() && (changes.displayName() != null || changes.email() != null)) {
            throw new Conflict("A pseudonymised account keeps its pseudonym: its name and e-mail cannot change.");
        }
        if (changes.displayName() != null) {
            account.displayName = changes.displayName();
        }
        if (changes.email() != null) {
            account.email = changes.email();
        }
        if (changes.roles() != null) {
            account.assignRoles(EnumSet.copyOf(changes.roles()));
        }
        if (Boolean.FALSE.equals(changes.active())) {
            account.deactivate();
        } else if (Boolean.TRUE.equals(changes.active())) {
            account.reactivate();
        }
        boolean isActiveAdmin = account.active && account.hasRole(Role.ADMIN);
        if (wasActiveAdmin && !isActiveAdmin) {
            keepOneAdmin();
        }
        if (wasActive != account.active || !java.util.Arrays.equals(rolesBefore, account.roles)) {
            signal.changed(account.id);
        }
        return account;
    }

    private static void keepOneAdmin() {
        // Serialise admin removals so two concurrent changes cannot both remove "the other" admin.
        Account.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(7340001)").getSingleResult();
        Account.flush();
        if (Account.countActiveAdmins() == 0) {
            throw new Conflict("This is the last active admin: make someone else admin first.");
        }
    }
}
