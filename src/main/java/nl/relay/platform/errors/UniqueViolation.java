package nl.relay.platform.errors;

import java.util.Set;

/** Recognises PostgreSQL's unique_violation (23505), however deep the persistence layer wrapped it. */
public final class UniqueViolation {

    private UniqueViolation() {
    }

    public static boolean isCause(Throwable failure) {
        return SqlStates.isCause(failure, Set.of("23505"));
    }
}
