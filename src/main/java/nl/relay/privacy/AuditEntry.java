package nl.relay.privacy;

import java.time.Instant;

/** One entry of the read audit, as the API answers it: who read whose details, when, and how. */
public record AuditEntry(long id, Instant at, Reader reader, Subject subject, String channel) {

    /** The account that read. */
    public record Reader(String username, String displayName) {
    }

    /** Whose details were read: a candidate's person or a referral's. */
    public record Subject(SubjectKind kind, long id) {
    }
}
