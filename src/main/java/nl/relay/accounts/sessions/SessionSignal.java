package nl.relay.accounts.sessions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Tells every instance, through PostgreSQL's NOTIFY at commit, that an account's sessions changed (a
 * sign-out, a deactivation or reactivation, new roles), so whatever it holds open for that account (a
 * live stream) is checked again at once instead of at the next request.
 */
@ApplicationScoped
public class SessionSignal {

    /** The channel; its payload is the account's id. */
    public static final String CHANNEL = "relay_session";

    private final EntityManager entityManager;

    SessionSignal(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void changed(long accountId) {
        entityManager.createNativeQuery("select pg_notify('" + CHANNEL + "', ?1)")
                .setParameter(1, Long.toString(accountId)).getSingleResult();
    }
}
