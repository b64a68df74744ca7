package nl.relay.platform.database;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * A signing key every instance shares: the configured secret (at least 32 characters), else 32 random bytes generated
 * once and kept in a one-row table ({@code id boolean primary key, secret bytea}), so every instance and every restart
 * uses the same. Two instances generating at once both insert "on conflict do nothing" and then use whatever is
 * stored. Read once, on first use.
 */
public final class SharedKey {

    public static final int MINIMUM_SECRET = 32;
    private static final Logger LOG = Logger.getLogger(SharedKey.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String configKey;
    private final Optional<String> configured;
    private final String table;
    private final EntityManager entityManager;
    private volatile byte[] key;

    /**
     * @param configKey the setting that may hold the secret, named in the error when it is too short
     * @param table the one-row table the generated key is kept in
     */
    public SharedKey(String configKey, Optional<String> configured, String table, EntityManager entityManager) {
        this.configKey = configKey;
        this.configured = configured.filter(secret -> !secret.isBlank());
        this.table = table;
        this.entityManager = entityManager;
    }

    public byte[] bytes() {
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

    private byte[] fromConfiguration(String secret) {
        if (secret.length() < MINIMUM_SECRET) {
            throw new IllegalStateException(configKey + " must be at least " + MINIMUM_SECRET + " characters long");
        }
        return secret.getBytes(StandardCharsets.UTF_8);
    }

    private byte[] fromDatabase() {
        byte[] generated = new byte[32];
        RANDOM.nextBytes(generated);
        int inserted = entityManager.createNativeQuery(
                "insert into " + table + " (id, secret) values (true, ?1) on conflict (id) do nothing")
                .setParameter(1, generated).executeUpdate();
        if (inserted == 1) {
            LOG.infof("Generated a signing key and stored it in %s", table);
        }
        // Another instance may have stored one first: use whatever is stored now.
        return (byte[]) entityManager.createNativeQuery("select secret from " + table + " where id").getSingleResult();
    }
}
