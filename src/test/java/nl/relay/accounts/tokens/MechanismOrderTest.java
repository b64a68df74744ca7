package nl.relay.accounts.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.arc.ClientProxy;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Quarkus tries the HTTP authentication mechanisms highest priority first: the access tokens' must come first, so
 * a {@code relay_pat_} bearer token never reaches SmallRye JWT (or OpenID Connect), which would refuse it as a
 * malformed JWT; theirs must still be there for Relay's own session tokens.
 */
@QuarkusTest
class MechanismOrderTest {

    @Inject
    @Any
    Instance<HttpAuthenticationMechanism> mechanisms;

    @Test
    void accessTokensAreTriedBeforeEveryOtherMechanism() {
        List<HttpAuthenticationMechanism> ordered = mechanisms.stream()
                .map(mechanism -> (HttpAuthenticationMechanism) ClientProxy.unwrap(mechanism))
                .sorted(Comparator.comparingInt(HttpAuthenticationMechanism::getPriority).reversed()).toList();
        assertTrue(ordered.get(0) instanceof AccessTokenMechanism, ordered.toString());
        assertEquals(HttpAuthenticationMechanism.DEFAULT_PRIORITY + 10, ordered.get(0).getPriority());
        assertTrue(ordered.stream().skip(1).allMatch(m -> m.getPriority() < AccessTokenMechanism.PRIORITY),
                "no other mechanism shares the first place: " + ordered);
        assertTrue(ordered.stream().anyMatch(m -> m.getClass().getName().endsWith(".JWTAuthMechanism")
                && m.getPriority() == HttpAuthenticationMechanism.DEFAULT_PRIORITY),
                "SmallRye JWT's mechanism stays, at the default priority: " + ordered);
    }
}
