package nl.relay.community.announcements;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many of an announcement's audience have acknowledged it. */
@Schema(description = "The audience is counted from the notifications the background fan-out has written: it grows "
        + "while the fan-out runs (complete false) and counts active accounts only, so a colleague deactivated since "
        + "drops out of both numbers.")
public record AcknowledgementRate(
        @Schema(description = "Active people the announcement was brought to so far (never its author)") long audience,
        @Schema(description = "Of those, how many acknowledged it") long acknowledged,
        @Schema(description = "acknowledged / audience, from 0 to 1; 0 while the audience is 0") double rate,
        @Schema(description = "Whether the fan-out has reached everyone it goes to") boolean complete) {

    static AcknowledgementRate of(long audience, long acknowledged, boolean complete) {
        return new AcknowledgementRate(audience, acknowledged, audience == 0 ? 0 : (double) acknowledged / audience,
                complete);
    }

    /** The rate in whole percent, rounded down (for pages). */
    public long percent() {
        return audience == 0 ? 0 : acknowledged * 100 / audience;
    }
}
