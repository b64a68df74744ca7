package nl.relay.accounts;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.crypto.spec.SecretKeySpec;
import nl.relay.accounts.sessions.AuthConfig;
import nl.relay.accounts.sessions.SigningKeys;
import nl.relay.accounts.sessions.TokenVerification;
import nl.relay.testing.Api;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import org.junit.jupiter.api.Test;

/** The auth matrix: which tokens open the API and which are refused. */
@QuarkusTest
class TokenCheckTest {

    @Inject
    SigningKeys keys;

    @Inject
    AuthConfig config;

    @Test
    void noTokenIsRefused() {
        Api.anonymous().get("/api/me").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer");
    }

    @Test
    void garbageIsRefused() {
        Api.as("not-a-jwt").get("/api/me").then().statusCode(401);
        Api.anonymous().header("Authorization", "Basic YWRtaW46YWRtaW4=").get("/api/me").then().statusCode(401);
    }

    @Test
    void aWellFormedTokenFromRelayIsAccepted() {
        Person person = People.employee();
        Api.as(signed(claims(person.username()), keys.privateKey())).get("/api/me").then().statusCode(200)
                .body("username", equalTo(person.username()));
    }

    @Test
    void anExpiredTokenIsRefused() {
        Person person = People.employee();
        Instant past = Instant.now().minusSeconds(7200);
        JwtClaimsBuilder claims = claims(person.username()).issuedAt(past).expiresAt(past.plusSeconds(3600));
        Api.as(signed(claims, keys.privateKey())).get("/api/me").then().statusCode(401);
    }

    @Test
    void aTamperedTokenIsRefused() {
        Person person = People.employee();
        String[] parts = person.token().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"" + person.username() + "\"", "\"admin\"");
        String forged = parts[0] + "." + base64(payload) + "." + parts[2];
        Api.as(forged).get("/api/me").then().statusCode(401);
    }

    @Test
    void anUnsignedTokenIsRefused() {
        Person person = People.employee();
        String payload = new String(Base64.getUrlDecoder().decode(person.token().split("\\.")[1]),
                StandardCharsets.UTF_8);
        String none = base64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + base64(payload) + ".";
        Api.as(none).get("/api/me").then().statusCode(401);
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() throws Exception {
        Person person = People.employee();
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        Api.as(signed(claims(person.username()), generator.generateKeyPair().getPrivate())).get("/api/me")
                .then().statusCode(401);
    }

    @Test
    void anHmacTokenKeyedWithThePublicKeyIsRefused() {
        Person person = People.employee();
        String token = claims(person.username()).jws().algorithm(SignatureAlgorithm.HS256)
                .sign(new SecretKeySpec(keys.publicKey().getEncoded(), "HmacSHA256"));
        Api.as(token).get("/api/me").then().statusCode(401);
    }

    @Test
    void aTokenOfAnotherIssuerIsRefused() {
        Person person = People.employee();
        Api.as(signed(claims(person.username()).issuer("https://elsewhere.example"), keys.privateKey()))
                .get("/api/me").then().statusCode(401);
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        Person person = People.employee();
        Api.as(signed(claims(person.username()).audience("another-app"), keys.privateKey()))
                .get("/api/me").then().statusCode(401);
    }

    @Test
    void aTokenWithoutSessionVersionIsRefused() {
        Person person = People.employee();
        JwtClaimsBuilder claims = Jwt.issuer(config.issuer()).audience(config.audience()).upn(person.username())
                .claim("jti", UUID.randomUUID().toString()).issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(600));
        Api.as(signed(claims, keys.privateKey())).get("/api/me").then().statusCode(401);
    }

    @Test
    void aTokenForAnUnknownAccountIsRefused() {
        Api.as(signed(claims("ghost-account"), keys.privateKey())).get("/api/me").then().statusCode(401);
    }

    @Test
    void theWrongRoleIsForbidden() {
        Person employee = People.employee();
        Api.as(employee).body(newAccount()).post("/api/accounts").then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void rolesInTheTokenDoNotOutrankTheAccount() {
        Person employee = People.employee();
        String selfPromoted = signed(claims(employee.username()).groups(Set.of("admin")), keys.privateKey());
        Api.as(selfPromoted).body(newAccount()).post("/api/accounts").then().statusCode(403);
    }

    @Test
    void aRoleChangeAppliesToTokensIssuedBefore() {
        Person person = People.employee();
        String admin = People.adminToken();
        Api.as(admin).body(Map.of("roles", List.of("employee", "admin"))).patch("/api/accounts/" + person.username())
                .then().statusCode(200);
        Api.as(person).body(newAccount()).post("/api/accounts").then().statusCode(201);
        Api.as(admin).body(Map.of("roles", List.of("employee"))).patch("/api/accounts/" + person.username())
                .then().statusCode(200);
        Api.as(person).body(newAccount()).post("/api/accounts").then().statusCode(403);
    }

    @Test
    void signingOutRefusesThatTokenOnly() {
        Person person = People.employee();
        String other = People.signIn(person.username(), person.password());
        Api.as(person).post("/api/auth/logout").then().statusCode(204);
        Api.as(person).get("/api/me").then().statusCode(401);
        Api.as(person).post("/api/auth/logout").then().statusCode(401);
        Api.as(other).get("/api/me").then().statusCode(200);
    }

    @Test
    void deactivationEndsEverySessionForGood() {
        Person person = People.employee();
        String admin = People.adminToken();
        Api.as(person).get("/api/me").then().statusCode(200);
        Api.as(admin).body(Map.of("active", false)).patch("/api/accounts/" + person.username())
                .then().statusCode(200).body("active", equalTo(false));
        Api.as(person).get("/api/me").then().statusCode(401);
        Api.as(admin).body(Map.of("active", true)).patch("/api/accounts/" + person.username())
                .then().statusCode(200).body("active", equalTo(true));
        Api.as(person).get("/api/me").then().statusCode(401);
        String fresh = People.signIn(person.username(), person.password());
        Api.as(fresh).get("/api/me").then().statusCode(200);
    }

    @Test
    void issuedTokensCarryTheContractClaims() {
        Person person = People.employee();
        Map<?, ?> header = json(person.token().split("\\.")[0]);
        Map<?, ?> payload = json(person.token().split("\\.")[1]);
        org.junit.jupiter.api.Assertions.assertEquals("RS256", header.get("alg"));
        for (String claim : List.of("iss", "aud", "exp", "iat", "upn", "groups", "jti")) {
            org.junit.jupiter.api.Assertions.assertNotNull(payload.get(claim), claim);
        }
        org.junit.jupiter.api.Assertions.assertEquals(config.issuer(), payload.get("iss"));
        org.junit.jupiter.api.Assertions.assertNotEquals(payload.get("jti"),
                json(People.signIn(person.username(), person.password()).split("\\.")[1]).get("jti"));
    }

    private JwtClaimsBuilder claims(String username) {
        Instant now = Instant.now();
        return Jwt.issuer(config.issuer()).audience(config.audience()).upn(username).groups(Set.of("employee"))
                .claim("jti", UUID.randomUUID().toString()).claim(TokenVerification.SESSION_VERSION_CLAIM, 0)
                .issuedAt(now).expiresAt(now.plusSeconds(600));
    }

    private static String signed(JwtClaimsBuilder claims, PrivateKey key) {
        return claims.jws().algorithm(SignatureAlgorithm.RS256).sign(key);
    }

    private static Map<String, Object> newAccount() {
        String username = People.uniqueUsername();
        return Map.of("username", username, "displayName", "New " + username, "email", username + "@example.nl",
                "password", "a long enough password", "roles", List.of("employee"));
    }

    private static String base64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<?, ?> json(String base64) {
        return io.restassured.path.json.JsonPath.from(
                new String(Base64.getUrlDecoder().decode(base64), StandardCharsets.UTF_8)).getMap("");
    }
}
