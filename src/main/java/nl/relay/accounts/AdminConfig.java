package nl.relay.accounts;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** The first administrator, created on the first start ({@code relay.admin.*}). */
@ConfigMapping(prefix = "relay.admin")
public interface AdminConfig {

    /** Password of the {@code admin} account (env {@code RELAY_ADMIN_PASSWORD}); generated and logged once if unset. */
    Optional<String> password();

    /** E-mail address of the {@code admin} account. */
    @WithDefault("admin@localhost")
    String email();
}
