package nl.relay.testing;

import com.nimbusds.jwt.SignedJWT;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;

/**
 * A real OpenID Connect provider in the test JVM (NAV's mock-oauth2-server, a maintained test server with discovery,
 * JWKS, the authorization code flow with PKCE, an interactive sign-in form and end-session), on a free port, set up as
 * the company's identity provider for every @QuarkusTest. Its sign-in form takes any username (the subject) and the
 * claims as JSON, as a person at a real provider would be signed in with theirs.
 */
@QuarkusTestResource(IdentityProvider.class)
public class IdentityProvider implements QuarkusTestResourceLifecycleManager {

    public static final String ISSUER_ID = "relay-idp";
    public static final String CLIENT_ID = "relay-web";
    public static final String API_AUDIENCE = "relay-api";
    public static final String ADMIN_GROUP = "relay-admins";
    public static final String RECRUITER_GROUP = "relay-recruiters";

    private static MockOAuth2Server server;

    @Override
    public Map<String, String> start() {
        int port = freePort();
        server = new MockOAuth2Server(OAuth2Config.Companion.fromJson("""
                {"interactiveLogin": true, "httpServer": "NettyWrapper"}"""));
        server.start(InetAddress.getLoopbackAddress(), port);
        return Map.of("relay.oidc.issuer", issuer(),
                "relay.oidc.client-id", CLIENT_ID,
                "relay.oidc.client-secret", "relay-web-test-secret",
                "relay.oidc.audience", API_AUDIENCE + "," + CLIENT_ID,
                "relay.oidc.name", "Relay IdP",
                "relay.oidc.role-mapping.\"" + ADMIN_GROUP + "\"", "admin",
                "relay.oidc.role-mapping.\"" + RECRUITER_GROUP + "\"", "recruiter");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.shutdown();
            server = null;
        }
    }

    public static String issuer() {
        return server.issuerUrl(ISSUER_ID).toString();
    }

    /** An access token the provider signed for Relay's API, valid for this many seconds (negative: expired). */
    public static String accessToken(String subject, String audience, Map<String, Object> claims, long seconds) {
        SignedJWT token = server.issueToken(ISSUER_ID, subject, audience, claims, seconds);
        return token.serialize();
    }

    public static String accessToken(String subject, Map<String, Object> claims) {
        return accessToken(subject, API_AUDIENCE, claims, 3600);
    }

    public static Map<String, Object> person(String email, String name, String... groups) {
        return Map.of("email", email, "name", name, "groups", List.of(groups));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
