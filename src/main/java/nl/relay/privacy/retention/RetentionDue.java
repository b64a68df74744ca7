package nl.relay.privacy.retention;

import java.time.Instant;
import nl.relay.privacy.SubjectKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A person retention will anonymise: whose (a candidate's or a referral's, by id), the owner who answers for it (the
 * candidate's owner, or the vacancy's), when, whether a legal hold suspends it, and whether the person consented.
 * Never who the person is. {@code postId} is the owner's candidate or vacancy post, for links.
 */
public record RetentionDue(SubjectKind kind, long id, Owner owner, Instant dueAt, boolean held,
        @Schema(nullable = true, description = "null for referrals made before consent was asked") Boolean consent,
        long postId) {

    /** The account that answers for the person. */
    public record Owner(String username, String displayName) {
    }
}
