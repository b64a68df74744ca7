package nl.relay.recruitment.candidates;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a recruiter sends to offer a candidate: the anonymous profile, and the person behind it apart. */
public record NewCandidate(String title, String summary, List<String> skills,
        @Schema(nullable = true, description = "junior, medior, senior or lead") String seniority,
        LocalDate availableFrom, Integer hoursPerWeek,
        @Schema(description = "A region code from /api/regions") String region,
        @Schema(nullable = true, description = "Euros per hour, 1 to 10,000") Integer rate,
        @Schema(description = "interim, permanent, secondment, freelance") List<String> contractTypes,
        @Schema(nullable = true) Long clientId, @Schema(nullable = true) String sectorCode,
        @Schema(nullable = true) Long groupId, PersonDetails person, Consent consent) {

    /** The person: personal data, kept apart from the profile. */
    public record PersonDetails(String name, @Schema(nullable = true) String email,
            @Schema(nullable = true) String phone) {

        /** Personal data never reaches a log line, not even through a record's printed form. */
        @Override
        public String toString() {
            return "PersonDetails[hidden]";
        }
    }

    /**
     * Whether the person consented to being offered, when and how they were informed (Art. 14), and where they came
     * from. All required.
     */
    public record Consent(Boolean given, Instant informedAt,
            @Schema(description = "email, phone, in-person, letter or other") String informedHow,
            @Schema(description = "own-network, job-board, referral, linkedin, website or other") String source) {

        @Override
        public String toString() {
            return "Consent[hidden]";
        }
    }

    /** The profile part, for the checks offering and changing share. */
    CandidateProfile.Draft profile() {
        return new CandidateProfile.Draft(title, summary, skills, seniority, availableFrom, hoursPerWeek, region, rate,
                contractTypes);
    }
}
