package nl.relay.mailin.reply;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The key reply tokens are signed with: {@code relay.mail-in.reply-secret} when configured (at least 32
 * characters), else 32 random bytes generated once and kept in the database, so every instance and every restart
 * shares it. Two instances generating at once both insert "on conflict do nothing" and then use whatever is stored.
 */
@ApplicationScoped
class ReplyKeys {

    private static final Logger LOG = Logger.getLogger(ReplyKeys.class);
    static final int MINIMUM_SECRET = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Optional<String> configured;
    private final EntityManager entityManager;
    private volatile byte[] key;

    ReplyKeys(@ConfigProperty(name = "relay.mail-in.reply-secret") Optional<String> configured,
            EntityManager entityManager) {
        this.configured = configured.filter(secret -> !secret.isBlank());
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
            throw new IllegalStateException("relay.mail-in.reply-secret must be at least " + MINIMUM_SECRET
                    + " characters long");
        }
        return secret.getBytes(StandardCharsets.UTF_8);
    }

    private byte[] fromDatabase() {
        byte[] generated = new byte[32];
        RANDOM.nextBytes(generated);
        int inserted = entityManager.createNativeQuery(
                "insert into mail_reply_key (id, secret) values (true, ?1) on conflict (id) do nothing")
                .setParameter(1, generated).executeUpdate();
        if (inserted == 1) {
            LOG.info("Reply tokens: generated a signing key and stored it in the database");
        }
        // Another instance may have stored one first: use whatever is stored now.
        return (byte[]) entityManager.createNativeQuery("select secret from mail_reply_key where id")
                .getSingleResult();
    }
}
