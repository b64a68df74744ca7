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
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "Why they fit; to those allowed only") String note,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "The person's consent; to those allowed only") ConsentRef consent) {

    /** The referred person; once anonymised, name is a marker and anonymisedAt says when. */
    public record ReferredPerson(String name, @Schema(nullable = true) String email,
            @Schema(nullable = true, description = "When retention anonymised the person") Instant anonymisedAt) {

        /** Personal data never reaches a log line, not even through a record's printed form. */
        @Override
        public String toString() {
            return "ReferredPerson[hidden]";
        }
    }

    /** Whether the person agreed to being referred (null for referrals from before this was asked), and how. */
    public record ConsentRef(@Schema(nullable = true) Boolean given, @Schema(nullable = true) Instant informedAt,
            @Schema(nullable = true, description = "email, phone, in-person, letter or other") String informedHow,
            @Schema(description = "own-network, job-board, referral, linkedin, website or other") String source) {
    }
}
