package nl.relay.accounts.scim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import nl.relay.platform.errors.NotFound;
import org.junit.jupiter.api.Test;

/** SCIM exists only with a configured token, and only that token opens it. */
class ScimGuardTest {

    private static final String TOKEN = "a-provisioning-token-of-forty-characters";

    @Test
    void withoutATokenEverythingUnderScimIsNotFound() {
        ScimGuard guard = new ScimGuard(new ProvisioningToken(Optional.empty()));
        assertThrows(NotFound.class, () -> guard.admit("/scim/v2/Users", "Bearer " + TOKEN));
        assertThrows(NotFound.class, () -> guard.admit("/scim/v2/ServiceProviderConfig", null));
        assertThrows(NotFound.class, () -> guard.admit("/scim", null));
        assertEquals(Optional.empty(), guard.admit("/api/me", null));
        assertEquals(Optional.empty(), guard.admit("/scimitar", null));
    }

    @Test
    void aBlankTokenLeavesScimOff() {
        assertFalse(new ProvisioningToken(Optional.of("   ")).isOn());
    }

    @Test
    void aShortTokenIsRefusedAtStart() {
        assertThrows(IllegalArgumentException.class, () -> new ProvisioningToken(Optional.of("too-short-a-token")));
    }

    @Test
    void onlyTheExactTokenIsAdmitted() {
        ProvisioningToken token = new ProvisioningToken(Optional.of(TOKEN));
        assertTrue(token.admits("Bearer " + TOKEN));
        assertTrue(token.admits("bearer " + TOKEN));
        assertFalse(token.admits(null));
        assertFalse(token.admits(TOKEN));
        assertFalse(token.admits("Bearer "));
        assertFalse(token.admits("Bearer " + TOKEN.substring(1)));
        assertFalse(token.admits("Bearer " + TOKEN + "x"));
        assertFalse(token.admits("Basic " + TOKEN));
    }
}
