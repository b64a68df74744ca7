package nl.relay.accounts.sessions;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.jwt.util.KeyUtils;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Base64;
import nl.relay.platform.database.NativeSql;
import org.jboss.logging.Logger;

/**
 * The RS256 key pair tokens are signed and verified with. Generated on the first start and kept in
 * the database, so every instance and every restart shares it; key files may be configured instead.
 */
@ApplicationScoped
public class SigningKeys {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class);
    private static final short CURRENT = 1;

    private final AuthConfig config;
    private final EntityManager entityManager;
    private volatile KeyPair keys;

    SigningKeys(AuthConfig config, EntityManager entityManager) {
        this.config = config;
        this.entityManager = entityManager;
    }

    /** Loads the keys before the first request can need them (verification runs on I/O threads). */
    void load(@Observes @Priority(10) StartupEvent event) {
        loaded();
    }

    public PrivateKey privateKey() {
        return loaded().getPrivate();
    }

    public PublicKey publicKey() {
        return loaded().getPublic();
    }

    private KeyPair loaded() {
        KeyPair current = keys;
        if (current == null) {
            synchronized (this) {
                if (keys == null) {
                    keys = config.signingKeyFile().isPresent()
                            ? fromFiles()
                            : QuarkusTransaction.requiringNew().call(this::fromDatabase);
                }
                current = keys;
            }
        }
        return current;
    }

    private KeyPair fromFiles() {
        Path signing = config.signingKeyFile().orElseThrow();
        Path verification = config.verificationKeyFile().orElseThrow(() -> new IllegalStateException(
                "relay.auth.signing-key-file is set, so relay.auth.verification-key-file must be set too"));
        try {
            KeyPair pair = new KeyPair(KeyUtils.decodePublicKey(Files.readString(verification)),
                    KeyUtils.decodePrivateKey(Files.readString(signing)));
            LOG.infof("Token keys: from %s and %s", signing, verification);
            return pair;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the token key files " + signing + " and " + verification, e);
        }
    }

    private KeyPair fromDatabase() {
        KeyPair stored = stored();
        if (stored != null) {
            LOG.info("Token keys: loaded from the database");
            return stored;
        }
        KeyPair generated = generate();
        entityManager.createNativeQuery("""
                insert into signing_key (id, private_key, public_key) values (?1, ?2, ?3)
                on conflict (id) do nothing""")
                .setParameter(1, CURRENT)
                .setParameter(2, pem("PRIVATE KEY", generated.getPrivate().getEncoded()))
                .setParameter(3, pem("PUBLIC KEY", generated.getPublic().getEncoded()))
                .executeUpdate();
        LOG.info("Token keys: generated a new RS256 key pair and stored it in the database");
        // Another instance may have won the race: use whatever is stored now.
        return stored();
    }

    private KeyPair stored() {
        return NativeSql.select(entityManager, "select private_key, public_key from signing_key where id = ?1")
                .bind(1, CURRENT)
                .first(row -> new StoredKeys(row.text("private_key"), row.text("public_key")))
                .map(StoredKeys::decode)
                .orElse(null);
    }

    /** The key pair as stored, in PEM. */
    private record StoredKeys(String privateKey, String publicKey) {

        KeyPair decode() {
            try {
                return new KeyPair(KeyUtils.decodePublicKey(publicKey), KeyUtils.decodePrivateKey(privateKey));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("The signing key stored in the database cannot be read", e);
            }
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is not available in this JVM", e);
        }
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
