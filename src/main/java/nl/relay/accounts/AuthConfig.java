package nl.relay.accounts;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Sign-in and token settings ({@code relay.auth.*}). */
@ConfigMapping(prefix = "relay.auth")
public interface AuthConfig {

    /** The issuer ({@code iss}) Relay writes into its tokens and requires on every request. */
    @WithDefault("relay")
    String issuer();

    /** The audience ({@code aud}) Relay writes into its tokens and requires on every request. */
    @WithDefault("relay")
    String audience();

    /** How long a token stays valid after sign-in (ISO-8601 duration). */
    @WithDefault("PT12H")
    Duration tokenLifetime();

    /** A PEM (PKCS#8) RSA private key to sign with instead of the key pair kept in the database. */
    Optional<Path> signingKeyFile();

    /** The PEM public key that goes with {@link #signingKeyFile()}. */
    Optional<Path> verificationKeyFile();

    /** Limits on failed sign-ins. */
    Throttle throttle();

    /** Failed sign-ins allowed within a window before further attempts get 429. */
    interface Throttle {

        /** Failed sign-ins for one username within the window. */
        @WithDefault("5")
        int maxFailuresPerAccount();

        /** Failed sign-ins from one client address within the window. */
        @WithDefault("20")
        int maxFailuresPerAddress();

        /** The window (ISO-8601 duration). */
        @WithDefault("PT15M")
        Duration window();
    }
}
