package nl.relay.testing;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** What another Relay instance on the same database does, done straight in SQL. */
public final class OtherInstance {

    /** The channel notification signals go to (NotificationSignal.CHANNEL). */
    private static final String NOTIFICATIONS = "relay_notification";

    /** The channel new posts in home feeds are signalled on (FeedSignal.CHANNEL). */
    private static final String FEED = "relay_feed";

    private OtherInstance() {
    }

    /**
     * Writes a reply notification about the post for the recipient and signals it, in one transaction, as the
     * notifying job does; {@code beforeCommit} runs between the signal and the commit. Answers its id.
     */
    public static long writesNotification(AgroalDataSource dataSource, long post, Person recipient, Person actor,
            Runnable beforeCommit) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            long id;
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into notification (recipient_id, type, post_id, actor_id)
                    select r.id, 'reply', ?, a.id from account r, account a where r.username = ? and a.username = ?
                    returning id""")) {
                insert.setLong(1, post);
                insert.setString(2, recipient.username());
                insert.setString(3, actor.username());
                try (ResultSet row = insert.executeQuery()) {
                    row.next();
                    id = row.getLong(1);
                }
            }
            try (PreparedStatement signal = connection.prepareStatement("select pg_notify(?, ?)")) {
                signal.setString(1, NOTIFICATIONS);
                signal.setString(2, id + "-" + id);
                signal.execute();
            }
            beforeCommit.run();
            connection.commit();
            return id;
        }
    }

    /** Signals, as another instance's feed delivery does after its commit, that these posts reached the home feeds. */
    public static void signalsFeed(AgroalDataSource dataSource, long... postIds) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement signal = connection.prepareStatement("select pg_notify(?, ?)")) {
            signal.setString(1, FEED);
            signal.setString(2, String.join(",", java.util.Arrays.stream(postIds).mapToObj(String::valueOf).toList()));
            signal.execute();
        }
    }
}
