package nl.relay.accounts.reset;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Password reset settings ({@code relay.password-reset.*}). */
@ConfigMapping(prefix = "relay.password-reset")
public interface PasswordResetConfig {

    /** How long a mailed reset link can be used (ISO-8601 duration). */
    @WithDefault("PT1H")
    Duration lifetime();

    /** The most reset mails one account gets per {@link #mailWindow()}; further requests mail nothing. */
    @WithDefault("3")
    int mailsPerAccount();

    /** The window the per-account mail limit counts in (sliding). */
    @WithDefault("PT1H")
    Duration mailWindow();

    /** The most reset requests one client address may make per hour, all accounts together (429 beyond). */
    @WithDefault("10")
    int requestsPerAddress();

    /** The most new-password attempts one client address may make per hour (429 beyond). */
    @WithDefault("30")
    int confirmationsPerAddress();

    /**
     * The HMAC key links are signed with (at least 32 characters, from the environment); unset, a random key is
     * generated once and kept in the database.
     */
    Optional<String> secret();

    /** How long a link's row is kept after it expired, then forgotten (with the address that asked for it). */
    @WithDefault("P7D")
    Duration keepExpired();
}
