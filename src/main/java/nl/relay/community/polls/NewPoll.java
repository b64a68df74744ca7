package nl.relay.community.polls;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A poll as its author sends it with its post: the options in their order, and when voting ends. */
public record NewPoll(
        @Schema(description = "2-10 options, each one line of 1-200 characters after trimming, no two the same "
                + "(ignoring case)", required = true) List<String> options,
        @Schema(description = "When voting ends: in the future, at most a year ahead", required = true) Instant closesAt) {
}
