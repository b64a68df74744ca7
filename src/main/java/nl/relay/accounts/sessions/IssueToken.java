package nl.relay.accounts.sessions;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import nl.relay.accounts.Account;

/** Signs an access token for an account: RS256, with issuer, audience, roles, a unique id and the session version. */
@ApplicationScoped
public class IssueToken {

    private final SigningKeys keys;
    private final AuthConfig config;
    private final Clock clock;

    IssueToken(SigningKeys keys, AuthConfig config, Clock clock) {
        this.keys = keys;
        this.config = config;
        this.clock = clock;
    }

    public IssuedToken forAccount(Account account) {
        return sign(account, false);
    }

    /** A token for a person who signed in through the company's identity provider: sign-out also ends that session. */
    public IssuedToken forProviderSignIn(Account account) {
        return sign(account, true);
    }

    private IssuedToken sign(Account account, boolean viaProvider) {
        Instant issuedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant expiresAt = issuedAt.plus(config.tokenLifetime());
        String token = Jwt.issuer(config.issuer())
                .audience(config.audience())
                .upn(account.username)
                .subject(account.username)
                .groups(account.roleNames())
                .claim("jti", UUID.randomUUID().toString())
                .claim(TokenVerification.SESSION_VERSION_CLAIM, account.sessionVersion)
                .claim(TokenVerification.PROVIDER_CLAIM, viaProvider)
                .issuedAt(issuedAt)
                .expiresAt(expiresAt)
                .jws()
                .algorithm(io.smallrye.jwt.algorithm.SignatureAlgorithm.RS256)
                .sign(keys.privateKey());
        return IssuedToken.bearer(token, expiresAt);
    }
}
