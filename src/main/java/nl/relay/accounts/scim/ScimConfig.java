package nl.relay.accounts.scim;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** SCIM provisioning settings ({@code relay.scim.*}). */
@ConfigMapping(prefix = "relay.scim")
public interface ScimConfig {

    /**
     * The bearer token a provisioning system (Entra ID, an HR system) sends to /scim/v2, at least 32 characters
     * (env RELAY_SCIM_TOKEN). Unset, SCIM is off and everything under /scim answers 404.
     */
    Optional<String> token();
}
