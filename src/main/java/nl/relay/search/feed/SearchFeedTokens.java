package nl.relay.search.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Optional;
import nl.relay.alerts.feed.FeedTokens;
import nl.relay.platform.database.NativeSql;

/**
 * Each account's secret for its private search feeds: made when first asked for, the same for every search, and
 * renewed on request, which makes every address given out before stop working.
 */
@ApplicationScoped
public class SearchFeedTokens {

    private final EntityManager entityManager;

    SearchFeedTokens(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The account's token, made now if it has none. */
    @Transactional
    public String tokenOf(long accountId) {
        NativeSql.of(entityManager, "insert into search_feed_token (account_id, token) values (:account, :token)"
                + " on conflict (account_id) do nothing")
                .bind("account", accountId).bind("token", FeedTokens.next())
                .query().executeUpdate();
        return NativeSql.select(entityManager, "select token from search_feed_token where account_id = :account")
                .bind("account", accountId).one(row -> row.text("token"));
    }

    /** A new token for the account; the old one is refused from now on. */
    @Transactional
    public String renew(long accountId) {
        String token = FeedTokens.next();
        NativeSql.of(entityManager, "insert into search_feed_token (account_id, token) values (:account, :token)"
                + " on conflict (account_id) do update set token = excluded.token, created_at = now()")
                .bind("account", accountId).bind("token", token)
                .query().executeUpdate();
        return token;
    }

    /** The active account whose token this is. */
    @Transactional
    public Optional<Long> accountOf(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return NativeSql.select(entityManager, "select t.account_id from search_feed_token t"
                + " join account a on a.id = t.account_id where t.token = :token and a.active")
                .bind("token", token)
                .first(row -> row.longValue("account_id"));
    }
}
