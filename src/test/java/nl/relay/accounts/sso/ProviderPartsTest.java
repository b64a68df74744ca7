package nl.relay.accounts.sso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.relay.accounts.Role;
import org.junit.jupiter.api.Test;

/** The parts of single sign-on that need no provider: reading a token's issuer, and the role mapping. */
class ProviderPartsTest {

    @Test
    void theIssuerIsReadFromAJwtAndNothingElse() {
        assertEquals("https://login.example/v2.0",
                UnverifiedClaims.issuer(jwt("{\"iss\":\"https://login.example/v2.0\"}"))
                        .orElseThrow());
        assertTrue(UnverifiedClaims.issuer("relay_pat_abc").isEmpty());
        assertTrue(UnverifiedClaims.issuer(jwt("{\"iss\": 42}")).isEmpty());
        assertTrue(UnverifiedClaims.issuer(jwt("[1, 2]")).isEmpty());
        assertTrue(UnverifiedClaims.issuer("a.%%%.c").isEmpty());
        assertTrue(UnverifiedClaims.issuer(jwt("{\"iss\":\"x\"}") + "x".repeat(20_000)).isEmpty());
        assertTrue(UnverifiedClaims.issuer(null).isEmpty());
    }

    @Test
    void mappedRolesFollowTheProviderAndOtherRolesStay() {
        RoleMapping mapping = new RoleMapping(config(Map.of("relay-admins", List.of("admin"),
                "relay-recruiters", List.of("recruiter", "employee"))));

        assertEquals(EnumSet.of(Role.EMPLOYEE, Role.ADMIN),
                mapping.apply(EnumSet.of(Role.EMPLOYEE), Set.of("relay-admins")));
        assertEquals(EnumSet.of(Role.EMPLOYEE, Role.PRIVACY),
                mapping.apply(EnumSet.of(Role.ADMIN, Role.PRIVACY), Set.of("someone-elses-group")));
        assertEquals(EnumSet.of(Role.EMPLOYEE, Role.RECRUITER, Role.ADMIN),
                mapping.apply(EnumSet.noneOf(Role.class), Set.of("relay-admins", "relay-recruiters")));
    }

    @Test
    void theCommunicationsRoleIsMappedLikeAnyOther() {
        RoleMapping mapping = new RoleMapping(config(Map.of("intern-communicatie", List.of("communications"))));

        assertEquals(EnumSet.of(Role.EMPLOYEE, Role.COMMUNICATIONS),
                mapping.apply(EnumSet.of(Role.EMPLOYEE), Set.of("intern-communicatie")));
        assertEquals(EnumSet.of(Role.EMPLOYEE),
                mapping.apply(EnumSet.of(Role.EMPLOYEE, Role.COMMUNICATIONS), Set.of("someone-elses-group")));
    }

    @Test
    void aMappingToAnUnknownRoleStopsTheStart() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new RoleMapping(config(Map.of("relay-admins", List.of("superuser")))));
    }

    private static String jwt(String payload) {
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        return encoder.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + encoder.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + ".c2ln";
    }

    private static SingleSignOnConfig config(Map<String, List<String>> mapping) {
        return (SingleSignOnConfig) Proxy.newProxyInstance(SingleSignOnConfig.class.getClassLoader(),
                new Class<?>[]{SingleSignOnConfig.class}, (proxy, method, args) -> {
                    if (method.getName().equals("roleMapping")) {
                        return mapping;
                    }
                    throw new AssertionError("not asked: " + method.getName());
                });
    }
}
