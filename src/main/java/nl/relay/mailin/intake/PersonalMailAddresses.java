package nl.relay.mailin.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import nl.relay.mailin.transport.MailInConfig;
import nl.relay.platform.database.NativeSql;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The addresses a person can mail to post in Relay: post@, their secret address, and their groups'. */
@ApplicationScoped
public class PersonalMailAddresses {

    private final MailSecrets secrets;
    private final EntityManager entityManager;
    private final MailInConfig config;

    PersonalMailAddresses(MailSecrets secrets, EntityManager entityManager, MailInConfig config) {
        this.secrets = secrets;
        this.entityManager = entityManager;
        this.config = config;
    }

    /**
     * A person's mail addresses. {@code secretPost} works from any mail server: keep it to yourself; null until the
     * person asks for one (renew).
     */
    public record MailAddresses(String post, @Schema(nullable = true) String secretPost, List<GroupAddress> groups) {
    }

    /** The address that posts into one of the person's groups. */
    public record GroupAddress(long id, String name, String address) {
    }

    /** The person's addresses, without a secret one until they asked for it; empty when email in is not set up. */
    public Optional<MailAddresses> of(long accountId) {
        return domain().map(domain -> addresses(accountId, secrets.secretOf(accountId).orElse(null), domain));
    }

    /** A new secret address, their first or in place of the old one; empty when email in is not set up. */
    public Optional<MailAddresses> renew(long accountId) {
        return domain().map(domain -> addresses(accountId, secrets.renew(accountId), domain));
    }

    private MailAddresses addresses(long accountId, String secret, String domain) {
        List<GroupAddress> groups = NativeSql.select(entityManager, """
                select g.id, g.name from relay_group g join group_member m on m.group_id = g.id
                where m.account_id = :account and not g.archived order by lower(g.name), g.id""")
                .bind("account", accountId)
                .list(row -> new GroupAddress(row.longValue("id"), row.text("name"),
                        "group+" + row.longValue("id") + "@" + domain));
        return new MailAddresses("post@" + domain, secret == null ? null : "post+" + secret + "@" + domain, groups);
    }

    private Optional<String> domain() {
        return config.domain().map(String::strip).filter(domain -> !domain.isEmpty());
    }
}
