package nl.relay.recruitment.referrals;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Someone the sender knows, for a vacancy: their name, perhaps an email address, and why they fit. */
public record NewReferral(
        @Schema(description = "1 to 120 characters, one line") String name,
        @Schema(description = "A valid email address", nullable = true) String email,
        @Schema(description = "1 to 2,000 characters") String note) {

    @Override
    public String toString() {
        return "NewReferral[hidden]";
    }
}
