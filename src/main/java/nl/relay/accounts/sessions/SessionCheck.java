package nl.relay.accounts.sessions;

import io.agroal.api.AgroalDataSource;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import nl.relay.platform.http.RequestLanguage;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Runs on every authenticated request: the token must not be revoked, the account must still be
 * active and in the same session version, and the roles are the account's current roles, not the
 * ones written into the token. So sign-out, deactivation and role changes apply on the next request,
 * on every instance.
 */
@ApplicationScoped
public class SessionCheck implements SecurityIdentityAugmentor {

    public static final String ACCOUNT_ID = "relay.account-id";

    private static final String QUERY = """
            select a.id, a.roles, a.active, a.session_version, a.language,
                   exists (select 1 from revoked_token r where r.jti = ?) as revoked
            from account a where a.username = ?""";

    private final AgroalDataSource dataSource;
    private final AuthConfig config;

    SessionCheck(AgroalDataSource dataSource, AuthConfig config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        // Only Relay's own tokens: the company's identity provider and access tokens for scripts are checked elsewhere.
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)
                || !config.issuer().equals(token.getIssuer())) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> check(identity, token));
    }

    private SecurityIdentity check(SecurityIdentity identity, JsonWebToken token) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(QUERY)) {
            statement.setString(1, token.getTokenID());
            statement.setString(2, token.getName());
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next() || !row.getBoolean("active") || row.getBoolean("revoked")
                        || row.getInt("session_version") != sessionVersion(token)) {
                    throw new AuthenticationFailedException("Session ended");
                }
                QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                        .setPrincipal(identity.getPrincipal())
                        .addCredentials(identity.getCredentials())
                        .addAttributes(identity.getAttributes())
                        .addAttribute(ACCOUNT_ID, row.getLong("id"))
                        .addRoles(roles(row.getArray("roles")));
                String language = row.getString("language");
                if (language != null) {
                    builder.addAttribute(RequestLanguage.PREFERENCE, language);
                }
                return builder.build();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot check the session", e);
        }
    }

    static int sessionVersion(JsonWebToken token) {
        Object claim = token.getClaim(TokenVerification.SESSION_VERSION_CLAIM);
        if (claim instanceof Number number) {
            return number.intValue();
        }
        if (claim instanceof jakarta.json.JsonNumber number) {
            return number.intValue();
        }
        throw new AuthenticationFailedException("Token without a session version");
    }

    private static Set<String> roles(Array array) throws SQLException {
        return new HashSet<>(Arrays.asList((String[]) array.getArray()));
    }
}
