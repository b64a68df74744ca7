package nl.relay.recruitment.referrals;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Someone the sender knows, for a vacancy: their name, perhaps an email address, why they fit, and whether the person
 * agreed to being referred.
 */
public record NewReferral(
        @Schema(description = "1 to 120 characters, one line") String name,
        @Schema(description = "A valid email address", nullable = true) String email,
        @Schema(description = "1 to 2,000 characters") String note,
        @Schema(nullable = true, description = "Whether the person agreed; without it, not given") Consent consent) {

    public NewReferral(String name, String email, String note) {
        this(name, email, note, null);
    }

    /** What the referrer says of the person's consent: given, and perhaps when and how they were informed. */
    public record Consent(@Schema(description = "Whether the person agreed to being referred") Boolean given,
            @Schema(nullable = true) Instant informedAt,
            @Schema(nullable = true, description = "email, phone, in-person, letter or other") String informedHow,
            @Schema(nullable = true, description = "own-network, job-board, referral (the default), linkedin, "
                    + "website or other") String source) {
    }

    @Override
    public String toString() {
        return "NewReferral[hidden]";
    }
}
