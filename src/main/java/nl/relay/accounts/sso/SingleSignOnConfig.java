package nl.relay.accounts.sso;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Single sign-on with the company's OpenID Connect provider ({@code relay.oidc.*}). Off while no issuer is set.
 */
@ConfigMapping(prefix = "relay.oidc")
public interface SingleSignOnConfig {

    /** The provider's issuer URL, e.g. {@code https://login.microsoftonline.com/<tenant>/v2.0}; off when unset. */
    Optional<String> issuer();

    /** The client id Relay is registered under at the provider. */
    Optional<String> clientId();

    /** The client secret of that registration. */
    Optional<String> clientSecret();

    /** Audiences a bearer access token must name (any one of them); the client id when unset. */
    Optional<List<String>> audience();

    /** The sign-in button's words, e.g. "Microsoft" or "Keycloak". */
    @WithDefault("company account")
    String name();

    /** The claim that finds a person's account: compared with the account's e-mail address (any case). */
    @WithDefault("email")
    String accountClaim();

    /** The claim holding the person's provider roles or groups (a list, or one value); a path with "/" for nested claims. */
    @WithDefault("groups")
    String rolesClaim();

    /**
     * Provider role or group → Relay roles, e.g. {@code relay.oidc.role-mapping."relay-admins"=admin}. Relay roles named
     * here are kept in step with the provider at every sign-in; roles not named here stay as an admin set them.
     */
    Map<String, List<String>> roleMapping();

    /** Whether a person the provider vouches for but Relay does not know yet gets an account at first sign-in. */
    @WithDefault("true")
    boolean createAccounts();

    /** Extra scopes asked for at sign-in besides {@code openid}. */
    @WithDefault("email,profile")
    List<String> scopes();

    /** Whether the provider's user-info endpoint is asked for claims the ID token lacks. */
    @WithDefault("false")
    boolean userInfo();

    default boolean enabled() {
        return issuer().filter(issuer -> !issuer.isBlank()).isPresent();
    }

    default List<String> audiences() {
        return audience().filter(list -> !list.isEmpty()).orElseGet(() -> clientId().map(List::of).orElse(List.of()));
    }
}
