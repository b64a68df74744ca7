package nl.relay.platform.errors;

import java.sql.SQLException;
import java.util.Set;

/** Finds the SQL state PostgreSQL gave a failure, however deep the persistence layer wrapped it. */
final class SqlStates {

    private SqlStates() {
    }

    /** Whether the failure, or one of its causes, is an SQLException with one of these states. */
    static boolean isCause(Throwable failure, Set<String> states) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && states.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
