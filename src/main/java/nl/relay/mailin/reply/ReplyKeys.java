package nl.relay.mailin.reply;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import nl.relay.platform.database.SharedKey;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The key reply tokens are signed with: {@code relay.mail-in.reply-secret}, else one kept in mail_reply_key. */
@ApplicationScoped
class ReplyKeys {

    private final SharedKey key;

    ReplyKeys(@ConfigProperty(name = "relay.mail-in.reply-secret") Optional<String> configured,
            EntityManager entityManager) {
        this.key = new SharedKey("relay.mail-in.reply-secret", configured, "mail_reply_key", entityManager);
    }

    byte[] key() {
        return key.bytes();
    }
}
