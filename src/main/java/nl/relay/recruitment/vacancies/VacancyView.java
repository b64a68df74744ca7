package nl.relay.recruitment.vacancies;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import nl.relay.posts.PostView;
import nl.relay.recruitment.RegionView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A vacancy as the API shows it. */
public record VacancyView(
        long id,
        @Schema(description = "The vacancy's post (kind vacancy)") long postId,
        PostView.ClientRef client,
        String title,
        String description,
        List<String> skills,
        RegionView region,
        int hoursPerWeek,
        @Schema(description = "interim, permanent, secondment or freelance") String contractType,
        @Schema(nullable = true, description = "Euros per hour") Integer rate,
        @Schema(nullable = true) PostView.GroupRef group,
        @Schema(description = "open, on-hold, filled or closed") String status,
        PostView.Person owner,
        Instant createdAt,
        Instant changedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "How many times candidates were proposed to it; shown to recruiters only") Integer proposalCount) {
}
