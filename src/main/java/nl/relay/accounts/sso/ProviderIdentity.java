package nl.relay.accounts.sso;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.relay.accounts.Account;
import nl.relay.accounts.sessions.SessionCheck;
import nl.relay.platform.http.RequestLanguage;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Makes a person the provider vouched for into a Relay caller: their account (found or created by
 * {@link ProviderAccounts}), its current roles, its language. A bearer access token of a deactivated or unknown
 * person fails authentication (401); at the sign-in page the refusal is kept so the page can say why.
 */
@ApplicationScoped
public class ProviderIdentity implements SecurityIdentityAugmentor {

    /** Set instead of an account id when the sign-in page must tell the person why they were not let in. */
    public static final String REFUSED = "relay.sso-refused";

    private final ProviderAccounts accounts;
    private final SingleSignOnConfig config;

    ProviderIdentity(ProviderAccounts accounts, SingleSignOnConfig config) {
        this.accounts = accounts;
        this.config = config;
    }

    /** Whether the provider, not Relay's own token, vouched for this caller. */
    public static boolean fromProvider(SecurityIdentity identity) {
        return identity.getCredential(IdTokenCredential.class) != null
                || identity.getCredential(AccessTokenCredential.class) != null;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !fromProvider(identity)
                || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        boolean signInPage = identity.getCredential(IdTokenCredential.class) != null;
        return context.runBlocking(() -> relayCaller(identity, token, signInPage));
    }

    private SecurityIdentity relayCaller(SecurityIdentity identity, JsonWebToken token, boolean signInPage) {
        Account account;
        try {
            account = accounts.signIn(ProviderClaims.of(token, config), signInPage);
        } catch (RefusedSignIn e) {
            if (!signInPage) {
                throw new AuthenticationFailedException(e.getMessage());
            }
            return QuarkusSecurityIdentity.builder().setPrincipal(identity.getPrincipal())
                    .addCredentials(identity.getCredentials()).addAttribute(REFUSED, e.reason().name()).build();
        }
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(account.username))
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes())
                .addAttribute(SessionCheck.ACCOUNT_ID, account.id)
                .addRoles(account.roleNames());
        if (account.language != null) {
            builder.addAttribute(RequestLanguage.PREFERENCE, account.language);
        }
        return builder.build();
    }
}
