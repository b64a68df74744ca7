package nl.relay.accounts;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

/**
 * On the first start, creates the {@code admin} account: with {@code RELAY_ADMIN_PASSWORD}, or else
 * with a generated password printed once to the log. Safe when several instances start together.
 */
@ApplicationScoped
class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);
    static final String USERNAME = "admin";

    private final AdminConfig config;
    private final EntityManager entityManager;

    AdminBootstrap(AdminConfig config, EntityManager entityManager) {
        this.config = config;
        this.entityManager = entityManager;
    }

    void onStart(@Observes StartupEvent event) {
        boolean generated = config.password().filter(p -> !p.isBlank()).isEmpty();
        String password = generated ? Passwords.generate() : config.password().orElseThrow();
        Passwords.problemWith(password).ifPresent(problem -> {
            throw new IllegalStateException("RELAY_ADMIN_PASSWORD " + problem);
        });
        boolean created = QuarkusTransaction.requiringNew().call(() -> createIfAbsent(password));
        if (created && generated) {
            LOG.warnf("Created the account 'admin' with the generated password: %s%n"
                    + "    It is shown only this once. Sign in and change it (PUT /api/me/password).", password);
        } else if (created) {
            LOG.info("Created the account 'admin' with the password from RELAY_ADMIN_PASSWORD");
        }
    }

    private boolean createIfAbsent(String password) {
        if (Account.findByUsername(USERNAME).isPresent()) {
            return false;
        }
        return entityManager.createNativeQuery("""
                insert into account (username, display_name, email, password_hash, roles, search_text)
                values (?1, 'Administrator', ?2, ?3, '{admin}', ?4)
                on conflict (username) do nothing""")
                .setParameter(1, USERNAME)
                .setParameter(2, config.email())
                .setParameter(3, Passwords.hash(password))
                .setParameter(4, Account.searchTextOf(USERNAME, "Administrator"))
                .executeUpdate() == 1;
    }
}
