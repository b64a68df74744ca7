package nl.relay.accounts.tokens;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A person's access token for scripts: its scopes, its lifetime, and the SHA-256 of its secret (never the secret). */
@Entity
@Table(name = "personal_access_token")
public class PersonalAccessToken extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "account_id")
    public long accountId;

    public String name;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "scopes", columnDefinition = "text[]")
    public String[] scopes;

    @Column(name = "token_hash")
    public String tokenHash;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "last_used_at", insertable = false, updatable = false)
    public Instant lastUsedAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    /** The account's session version when the token was made; a raised one (deactivation, reset) ends the token. */
    @Column(name = "session_version")
    public int sessionVersion;

    /** The person's tokens that still work (not revoked, not expired), newest first. */
    public static List<PersonalAccessToken> liveOf(long accountId, Instant now) {
        return list("accountId = ?1 and revokedAt is null and (expiresAt is null or expiresAt > ?2) "
                + "order by createdAt desc, id desc", accountId, now);
    }

    static long countLive(long accountId, Instant now) {
        return count("accountId = ?1 and revokedAt is null and (expiresAt is null or expiresAt > ?2)", accountId, now);
    }

    /** The person's own token with this id, revoked or not; another person's is not found. */
    static Optional<PersonalAccessToken> ownedBy(long id, long accountId) {
        return find("id = ?1 and accountId = ?2", id, accountId).firstResultOptional();
    }

    List<String> scopeNames() {
        return Arrays.asList(scopes);
    }
}
