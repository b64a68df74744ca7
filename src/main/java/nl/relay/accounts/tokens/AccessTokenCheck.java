package nl.relay.accounts.tokens;

import io.agroal.api.AgroalDataSource;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import nl.relay.accounts.Role;
import nl.relay.accounts.sessions.HeldSession;
import nl.relay.accounts.sessions.SessionCheck;
import nl.relay.platform.http.RequestLanguage;

/**
 * Turns a personal access token into the identity of its owner, on every request: the token must be known, not
 * revoked and not expired, and its account active and not pseudonymised. The roles are the account's current
 * ones, without admin, privacy and communications unless the token has the admin scope. Last use is written at most once per
 * {@link AccessTokensConfig#lastUsedPrecision()}.
 */
@ApplicationScoped
public class AccessTokenCheck implements IdentityProvider<AccessTokenRequest> {

    /** Roles beyond a person's daily work, only for a token with the admin scope. */
    static final Set<String> ADMINISTRATIVE_ROLES = Set.of(Role.ADMIN_NAME, Role.PRIVACY_NAME,
            Role.MODERATOR_NAME, Role.COMMUNICATIONS_NAME);
    /** How long a live stream opened with a token that never expires is held before the client must reconnect. */
    static final Duration HELD_WITHOUT_EXPIRY = Duration.ofDays(1);

    private static final String QUERY = """
            select t.id, t.scopes, t.expires_at, t.revoked_at, t.last_used_at, t.session_version as token_version,
                   a.id as account_id, a.username, a.roles, a.active, a.pseudonymised_at, a.language,
                   a.session_version
            from personal_access_token t join account a on a.id = t.account_id
            where t.token_hash = ?""";
    private static final String TOUCH = """
            update personal_access_token set last_used_at = ?
            where id = ? and (last_used_at is null or last_used_at < ?)""";

    private final AgroalDataSource dataSource;
    private final AccessTokensConfig config;
    private final Clock clock;

    AccessTokenCheck(AgroalDataSource dataSource, AccessTokensConfig config, Clock clock) {
        this.dataSource = dataSource;
        this.config = config;
        this.clock = clock;
    }

    @Override
    public Class<AccessTokenRequest> getRequestType() {
        return AccessTokenRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(AccessTokenRequest request, AuthenticationRequestContext context) {
        if (!AccessTokenSecret.wellFormed(request.token())) {
            return Uni.createFrom().failure(new AuthenticationFailedException("Not an access token"));
        }
        return context.runBlocking(() -> identityOf(AccessTokenSecret.hash(request.token())));
    }

    private SecurityIdentity identityOf(String hash) {
        Instant now = clock.instant();
        try (Connection connection = dataSource.getConnection()) {
            SecurityIdentity identity;
            long tokenId;
            Instant lastUsed;
            try (PreparedStatement statement = connection.prepareStatement(QUERY)) {
                statement.setString(1, hash);
                try (ResultSet row = statement.executeQuery()) {
                    if (!row.next() || row.getTimestamp("revoked_at") != null || expired(row, now)
                            || !row.getBoolean("active") || row.getTimestamp("pseudonymised_at") != null
                            || row.getInt("token_version") != row.getInt("session_version")) {
                        throw new AuthenticationFailedException("Access token unknown, revoked or expired");
                    }
                    tokenId = row.getLong("id");
                    Timestamp lastUsedAt = row.getTimestamp("last_used_at");
                    lastUsed = lastUsedAt == null ? null : lastUsedAt.toInstant();
                    identity = identity(row, tokenId, now);
                }
            }
            if (lastUsed == null || lastUsed.isBefore(now.minus(config.lastUsedPrecision()))) {
                touch(connection, tokenId, now);
            }
            return identity;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot check the access token", e);
        }
    }

    private static boolean expired(ResultSet row, Instant now) throws SQLException {
        Timestamp expiresAt = row.getTimestamp("expires_at");
        return expiresAt != null && !now.isBefore(expiresAt.toInstant());
    }

    private static SecurityIdentity identity(ResultSet row, long tokenId, Instant now) throws SQLException {
        Set<TokenScope> scopes = EnumSet.noneOf(TokenScope.class);
        for (String scope : (String[]) row.getArray("scopes").getArray()) {
            scopes.add(TokenScope.of(scope));
        }
        Set<String> accountRoles = Set.of((String[]) row.getArray("roles").getArray());
        Set<String> roles = new HashSet<>(accountRoles);
        if (!scopes.contains(TokenScope.ADMIN)) {
            roles.removeAll(ADMINISTRATIVE_ROLES);
        }
        Timestamp expiresAt = row.getTimestamp("expires_at");
        // A live stream opened with the token ends when the token is revoked or expires, or the account changes
        // (deactivation, new roles); one that never expires is held for a while, then the client reconnects.
        HeldSession held = new HeldSession(row.getLong("account_id"), HeldSession.ACCESS_TOKEN + tokenId,
                row.getInt("session_version"), accountRoles,
                expiresAt != null ? expiresAt.toInstant() : now.plus(HELD_WITHOUT_EXPIRY));
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(row.getString("username")))
                .addAttribute(SessionCheck.ACCOUNT_ID, row.getLong("account_id"))
                .addAttribute(AccessTokenIdentity.TOKEN_ID, tokenId)
                .addAttribute(AccessTokenIdentity.SCOPES, Set.copyOf(scopes))
                .addAttribute(HeldSession.ATTRIBUTE, held)
                .addRoles(roles);
        if (expiresAt != null) {
            builder.addAttribute(AccessTokenIdentity.EXPIRES_AT, expiresAt.toInstant());
        }
        String language = row.getString("language");
        if (language != null) {
            builder.addAttribute(RequestLanguage.PREFERENCE, language);
        }
        return builder.build();
    }

    /** Last use, unless another request wrote it within the precision meanwhile. */
    private void touch(Connection connection, long tokenId, Instant now) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(TOUCH)) {
            statement.setTimestamp(1, Timestamp.from(now));
            statement.setLong(2, tokenId);
            statement.setTimestamp(3, Timestamp.from(now.minus(config.lastUsedPrecision())));
            statement.executeUpdate();
        }
    }
}
