package nl.relay.accounts.reset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import nl.relay.platform.database.SharedKey;

/** The key reset links are signed with: {@code relay.password-reset.secret}, else one kept in password_reset_key. */
@ApplicationScoped
class ResetKeys {

    private final SharedKey key;

    ResetKeys(PasswordResetConfig config, EntityManager entityManager) {
        this.key = new SharedKey("relay.password-reset.secret", config.secret(), "password_reset_key", entityManager);
    }

    byte[] key() {
        return key.bytes();
    }
}
