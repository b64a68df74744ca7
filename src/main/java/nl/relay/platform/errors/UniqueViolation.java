package nl.relay.platform.errors;

import java.sql.SQLException;

/** Recognises PostgreSQL's unique_violation (23505), however deep the persistence layer wrapped it. */
public final class UniqueViolation {

    private UniqueViolation() {
    }

    public static boolean isCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
