package nl.relay.recruitment.candidates;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the owner changes in a candidate offer; a field left out stays as it is. */
public record CandidateChange(
        @Schema(nullable = true, description = "available, in-process, placed or withdrawn") String status,
        @Schema(nullable = true) String title, @Schema(nullable = true) String summary,
        @Schema(nullable = true) List<String> skills, @Schema(nullable = true) String seniority,
        @Schema(nullable = true) LocalDate availableFrom, @Schema(nullable = true) Integer hoursPerWeek,
        @Schema(nullable = true) String region, @Schema(nullable = true) Integer rate,
        @Schema(nullable = true) List<String> contractTypes) {

    boolean changesProfile() {
        return title != null || summary != null || skills != null || seniority != null || availableFrom != null
                || hoursPerWeek != null || region != null || rate != null || contractTypes != null;
    }
}
