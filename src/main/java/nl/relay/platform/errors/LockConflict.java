package nl.relay.platform.errors;

import java.util.Set;

/**
 * Recognises PostgreSQL ending a transaction because it met another at the same moment: a deadlock (40P01), a
 * serialization failure (40001) or a lock it was told not to wait for (55P03), however deep the persistence layer
 * wrapped it. The transaction was rolled back whole, so nothing of the request was kept.
 */
public final class LockConflict {

    private static final Set<String> STATES = Set.of("40P01", "40001", "55P03");

    private LockConflict() {
    }

    public static boolean isCause(Throwable failure) {
        return SqlStates.isCause(failure, STATES);
    }
}
