package nl.relay.accounts.signin;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.sql.Timestamp;
import java.time.Instant;
import nl.relay.platform.database.SqlValues;

/**
 * The failed sign-ins that bear on one attempt, other than the attempt itself: those of its username from its
 * address, from its address for any username, and for its username from any address; and whether the account
 * signed in from this address lately. Read in one query, backed by the username and address indexes.
 */
record RecentFailures(Count pair, Count address, Count account, boolean familiar) {

    /** How many failures a count holds and when the latest was. */
    record Count(long failures, Instant latest) {

        private static Count of(Tuple row, String name) {
            return new Count(((Number) row.get(name + "_failures")).longValue(),
                    SqlValues.instant(row.get(name + "_latest")));
        }
    }

    private static final String SQL = """
            select count(*) filter (where f.username = :username and f.address = :address) as pair_failures,
                   max(f.failed_at) filter (where f.username = :username and f.address = :address) as pair_latest,
                   count(*) filter (where f.address = :address) as address_failures,
                   max(f.failed_at) filter (where f.address = :address) as address_latest,
                   count(*) filter (where f.username = :username) as account_failures,
                   max(f.failed_at) filter (where f.username = :username) as account_latest,
                   exists (select 1 from familiar_address k join account a on a.id = k.account_id
                           where a.username = :username and k.address = :address
                             and k.signed_in_at > :familiarSince) as familiar
            from login_failure f
            where (f.username = :username or f.address = :address) and f.failed_at > :since and f.id <> :attempt
            """;

    static RecentFailures besides(EntityManager entityManager, long attempt, String username, String address,
            Instant since, Instant familiarSince) {
        Tuple row = (Tuple) entityManager.createNativeQuery(SQL, Tuple.class)
                .setParameter("username", username)
                .setParameter("address", address)
                .setParameter("since", Timestamp.from(since))
                .setParameter("familiarSince", Timestamp.from(familiarSince))
                .setParameter("attempt", attempt)
                .getSingleResult();
        return new RecentFailures(Count.of(row, "pair"), Count.of(row, "address"), Count.of(row, "account"),
                (Boolean) row.get("familiar"));
    }
}
