package nl.relay.community.polls;

import io.quarkus.qute.TemplateData;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A poll as one reader sees it. The counts are shown to those who voted and to everyone once the poll closed, so
 * that nobody votes with the crowd.
 */
@TemplateData
public record PollView(List<Option> options,
        @Schema(nullable = true, description = "Your vote (the option's 0-based index); null when you did not vote") Integer myVote,
        Instant closesAt, boolean closed,
        @Schema(description = "How many people voted") int voters,
        @Schema(description = "Whether the votes per option are shown: you voted, or the poll closed") boolean resultsVisible) {

    /** An option and, when the results are visible, its votes. */
    @TemplateData
    public record Option(String text,
            @Schema(nullable = true, description = "Votes for this option; null until you voted or the poll closed") Integer votes) {

        /** This option's share of the votes, in whole percents (0 when nobody voted or the votes are hidden). */
        public int percent(int voters) {
            return votes == null || voters == 0 ? 0 : Math.round(100f * votes / voters);
        }
    }
}
