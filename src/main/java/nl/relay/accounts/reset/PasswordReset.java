package nl.relay.accounts.reset;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * One password reset link Relay made for a local account: only the SHA-256 of its token is kept. It can be used
 * once, before it expires, and only while it is its account's newest link.
 */
@Entity
@Table(name = "password_reset")
class PasswordReset extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "account_id")
    public long accountId;

    @Column(name = "token_hash")
    public byte[] tokenHash;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "used_at")
    public Instant usedAt;

    /** The client address that asked for the link. */
    @Column(name = "requested_from")
    public String requestedFrom;

    /** The link, locked until the transaction ends, so it is used at most once however many try at once. */
    static Optional<PasswordReset> lockedById(long id) {
        return find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** How many links the account was sent since then (the per-account mail limit). */
    static long madeSince(long accountId, Instant since) {
        return count("accountId = ?1 and createdAt > ?2", accountId, since);
    }

    /** Whether a newer link was made for the same account: that one replaced this one. */
    boolean isReplaced() {
        return count("accountId = ?1 and id > ?2", accountId, id) > 0;
    }

    boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
