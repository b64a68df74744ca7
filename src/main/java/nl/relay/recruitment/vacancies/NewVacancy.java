package nl.relay.recruitment.vacancies;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a recruiter sends to post a vacancy. Ids, owner, status and times are never the client's to set. */
public record NewVacancy(
        @Schema(description = "The client the vacancy is at: an existing client, not archived or merged") Long clientId,
        @Schema(description = "1 to 120 characters, one line") String title,
        @Schema(description = "1 to 5,000 characters") String description,
        @Schema(description = "1 to 30 skills, each 1 to 40 characters") List<String> skills,
        @Schema(description = "A region code from /api/regions") String region,
        @Schema(description = "1 to 60") Integer hoursPerWeek,
        @Schema(description = "interim, permanent, secondment or freelance") String contractType,
        @Schema(description = "Euros per hour, 1 to 10,000", nullable = true) Integer rate,
        @Schema(description = "A group the recruiter may post in; its members alone see the vacancy when it is "
                + "private", nullable = true) Long groupId) {
}
