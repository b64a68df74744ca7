package nl.relay.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;
import nl.relay.accounts.sessions.SessionSignal;
import nl.relay.platform.errors.Conflict;
import nl.relay.platform.errors.NotFound;
import org.jboss.logging.Logger;

/**
 * An admin pseudonymises a former (deactivated) employee on request: username, display name and e-mail become a
 * pseudonym, the password an unknown random one, and the addresses they signed in from and their failed sign-ins
 * are forgotten, and their access tokens deleted. The account row stays, so their posts, likes, mentions and the read audit keep pointing at it;
 * what others wrote (an {@code @name} in a post body) is left as written. Idempotent: a pseudonymised account is
 * answered as it is.
 */
@ApplicationScoped
public class PseudonymiseAccount {

    private static final Logger LOG = Logger.getLogger(PseudonymiseAccount.class);

    /** Where a pseudonym's e-mail points: the reserved .invalid domain, so nothing is ever delivered. */
    static final String EMAIL_DOMAIN = "pseudonymised.invalid";

    private final EntityManager entityManager;
    private final SessionSignal signal;
    private final Clock clock;

    PseudonymiseAccount(EntityManager entityManager, SessionSignal signal, Clock clock) {
        this.entityManager = entityManager;
        this.signal = signal;
        this.clock = clock;
    }

    /** Pseudonymises the account with this username, by this admin; a 409 while it is active. */
    @Transactional
    public Account pseudonymise(String username, long adminId) {
        Account account = Account.<Account>find("username", Account.normalise(username))
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional()
                .orElseThrow(() -> new NotFound("There is no account '" + username + "'."));
        if (account.isPseudonymised()) {
            return account;
        }
        if (account.active) {
            throw new Conflict("Only a former employee is pseudonymised: deactivate the account first.");
        }
        String oldUsername = account.username;
        String pseudonym = pseudonymFor(account);
        account.username = pseudonym;
        account.displayName = "Former colleague " + account.id;
        account.email = pseudonym + "@" + EMAIL_DOMAIN;
        account.passwordHash = Passwords.hash(Passwords.generate() + Passwords.generate());
        account.externalUserName = null;
        account.externalId = null;
        account.providerSubject = null;
        account.sessionVersion++;
        account.pseudonymisedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        account.pseudonymisedBy = adminId;
        forgetSignIns(account.id, oldUsername);
        entityManager.createNativeQuery("delete from personal_access_token where account_id = ?1")
                .setParameter(1, account.id).executeUpdate();
        signal.changed(account.id);
        LOG.infof("Account %d pseudonymised by account %d", account.id, adminId);
        return account;
    }

    /** former-{id}, or former- and a random tail in the unlikely case someone took that username. */
    private static String pseudonymFor(Account account) {
        String pseudonym = "former-" + account.id;
        if (Account.count("username = ?1 and id <> ?2", pseudonym, account.id) == 0) {
            return pseudonym;
        }
        return "former-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
    }

    /** The addresses they signed in from, and failed sign-ins under their old username. */
    private void forgetSignIns(long accountId, String oldUsername) {
        entityManager.createNativeQuery("delete from familiar_address where account_id = ?1")
                .setParameter(1, accountId).executeUpdate();
        entityManager.createNativeQuery("delete from login_failure where username = ?1")
                .setParameter(1, oldUsername).executeUpdate();
    }
}
