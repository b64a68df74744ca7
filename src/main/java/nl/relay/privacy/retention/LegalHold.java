package nl.relay.privacy.retention;

import java.time.Instant;
import nl.relay.privacy.SubjectKind;

/** A legal hold as the API shows it: whose anonymisation it suspends, why, who placed it and when. */
public record LegalHold(SubjectKind kind, long id, String reason, String placedBy, Instant placedAt) {
}
