package nl.relay.mailin.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import nl.relay.platform.database.NativeSql;

/**
 * The one writer of mail_secret: each person's secret for their personal address {@code post+<secret>@}.
 * A person has none until they ask for one ({@link #renew}, a POST); reading their addresses never makes one.
 */
@ApplicationScoped
public class MailSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final EntityManager entityManager;

    MailSecrets(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The person's secret; empty until they asked for one. */
    public Optional<String> secretOf(long accountId) {
        return NativeSql.select(entityManager, "select secret from mail_secret where account_id = :account")
                .bind("account", accountId).first(row -> row.text("secret"));
    }

    /** A new secret, the person's first or in place of the old one: mail to an old address is refused from now on. */
    @Transactional
    public String renew(long accountId) {
        String secret = fresh();
        NativeSql.of(entityManager, """
                insert into mail_secret (account_id, secret) values (:account, :secret)
                on conflict (account_id) do update set secret = excluded.secret, created_at = now()""")
                .bind("account", accountId).bind("secret", secret).query().executeUpdate();
        return secret;
    }

    /** Whose secret this is, if anyone's. */
    public Optional<Long> ownerOf(String secret) {
        return NativeSql.select(entityManager, "select account_id from mail_secret where secret = :secret")
                .bind("secret", secret).first(row -> row.longValue("account_id"));
    }

    /** 128 random bits as 32 lower-case hex digits: safe in any mail server's local part, whatever its case rules. */
    private static String fresh() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
