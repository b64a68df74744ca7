package nl.relay.platform.database;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Takes the signals of one PostgreSQL NOTIFY channel, sent by this instance or any other on the same
 * database, through {@link DatabaseSignals}.
 */
public interface SignalReceiver {

    /** The channel's name, a plain SQL identifier. */
    String channel();

    /** One signal; called on the listening thread, so it must be quick and must not throw. */
    void received(String payload);

    /**
     * Called each time the listening connection is up and listening: on the first connection to take note
     * of where things stand, after a reconnect to catch up on what was signalled while it was away.
     */
    void listening(Connection connection, boolean reconnected) throws SQLException;
}
