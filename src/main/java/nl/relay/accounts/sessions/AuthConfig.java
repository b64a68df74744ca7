package nl.relay.accounts.sessions;

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

    /**
     * Whether people may sign in with a password kept by Relay. Off when the company's identity provider is
     * the only way in: password sign-in and password reset then answer as if they did not exist.
     */
    @WithDefault("true")
    boolean localPasswords();

    /** How failed sign-ins slow down further attempts. */
    Throttle throttle();

    /**
     * Failed sign-ins are counted per username and address together, per address and per username; beyond
     * each count's free failures the next attempt waits, longer after every further failure.
     */
    interface Throttle {

        /** Failures one username may have from one address before its next attempt there waits. */
        @WithDefault("5")
        int freeFailuresPerPair();

        /** Failures from one address, all usernames together, before attempts from it wait (unless familiar). */
        @WithDefault("20")
        int freeFailuresPerAddress();

        /** Failures for one username, all addresses together, before attempts from unfamiliar addresses wait. */
        @WithDefault("20")
        int freeFailuresPerAccount();

        /** The wait after the first failure beyond the free ones; it doubles with each further failure. */
        @WithDefault("PT1S")
        Duration firstDelay();

        /** The longest wait, however many failures there were. */
        @WithDefault("PT15M")
        Duration longestDelay();

        /** How long a failure counts; longer than the delays take to reach the longest, so they do not shrink back. */
        @WithDefault("PT24H")
        Duration window();

        /** How long an address stays familiar to an account after a successful sign-in from it. */
        @WithDefault("P30D")
        Duration familiarFor();
    }
}
