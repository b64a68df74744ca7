package nl.relay.recruitment.referrals;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import nl.relay.posts.PostView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A referral as the API shows it; the person and the note only to the vacancy's owner and the referrer
 * (absent otherwise, and never in the answer to the referral itself).
 */
public record ReferralView(long id, long vacancyId, PostView.Person referredBy, Instant createdAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "Who was referred; to those allowed only") ReferredPerson person,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "Why they fit; to those allowed only") String note) {

    /** The referred person. */
    public record ReferredPerson(String name, @Schema(nullable = true) String email) {

        /** Personal data never reaches a log line, not even through a record's printed form. */
        @Override
        public String toString() {
            return "ReferredPerson[hidden]";
        }
    }
}
