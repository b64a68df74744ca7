package nl.relay.accounts.sessions;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import nl.relay.accounts.Account;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Signs a token out: every instance refuses it from the next request on, until it would have expired anyway. */
@ApplicationScoped
public class RevokeToken {

    private final EntityManager entityManager;
    private final SessionSignal signal;
    private final AuthConfig config;

    RevokeToken(EntityManager entityManager, SessionSignal signal, AuthConfig config) {
        this.entityManager = entityManager;
        this.signal = signal;
        this.config = config;
    }

    /**
     * Signs out the caller's Relay token, if they came with one: a provider's token or an access token for scripts is
     * not Relay's to end here.
     */
    @Transactional
    public void revokeCallers(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken token && config.issuer().equals(token.getIssuer())) {
            revoke(token);
        }
    }

    private void revoke(JsonWebToken token) {
        entityManager.createNativeQuery("""
                insert into revoked_token (jti, expires_at) values (?1, ?2) on conflict (jti) do nothing""")
                .setParameter(1, token.getTokenID())
                .setParameter(2, Timestamp.from(Instant.ofEpochSecond(token.getExpirationTime())))
                .executeUpdate();
        Account.findByUsername(token.getName()).ifPresent(account -> signal.changed(account.id));
    }

    @Transactional
    int forgetExpired(Instant now) {
        return entityManager.createNativeQuery("delete from revoked_token where expires_at < ?1")
                .setParameter(1, Timestamp.from(now))
                .executeUpdate();
    }
}
