package nl.relay.accounts.reset;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The key reset links are signed with: {@code relay.password-reset.secret} when configured (at least 32
 * characters), else 32 random bytes generated once and kept in the database, so every instance and every restart
 * shares it. Two instances generating at once both insert "on conflict do nothing" and then use whatever is stored.
 */
@ApplicationScoped
class ResetKeys {

    private static final Logger LOG = Logger.getLogger(ResetKeys.class);
    static final int MINIMUM_SECRET = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Optional<String> configured;
    private final EntityManager entityManager;
    private volatile byte[] key;

    ResetKeys(PasswordResetConfig config, EntityManager entityManager) {
        this.configured = config.secret().filter(secret -> !secret.isBlank());
        this.entityManager = entityManager;
    }

    byte[] key() {
        byte[] current = key;
        if (current == null) {
            synchronized (this) {
                if (key == null) {
                    key = configured.isPresent()
                            ? fromConfiguration(configured.get())
                            : QuarkusTransaction.requiringNew().call(this::fromDatabase);
                }
                current = key;
            }
        }
        return current;
    }

    private static byte[] fromConfiguration(String secret) {
        if (secret.length() < MINIMUM_SECRET) {
            throw new IllegalStateException("relay.password-reset.secret must be at least " + MINIMUM_SECRET
                    + " characters long");
        }
        return secret.getBytes(StandardCharsets.UTF_8);
    }

    private byte[] fromDatabase() {
        byte[] generated = new byte[32];
        RANDOM.nextBytes(generated);
        int inserted = entityManager.createNativeQuery(
                "insert into password_reset_key (id, secret) values (true, ?1) on conflict (id) do nothing")
                .setParameter(1, generated).executeUpdate();
        if (inserted == 1) {
            LOG.info("Password reset: generated a signing key and stored it in the database");
        }
        return (byte[]) entityManager.createNativeQuery("select secret from password_reset_key where id")
                .getSingleResult();
    }
}
