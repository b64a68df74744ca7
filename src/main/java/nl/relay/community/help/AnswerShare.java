package nl.relay.community.help;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How accepted answers are spread over people in a period: how few of them give 80% of the accepted answers.
 * In most communities about 5% of the people give 80% of the answers.
 */
public record AnswerShare(
        @Schema(description = "Accepted answers in the period") long acceptedAnswers,
        @Schema(description = "People with at least one accepted answer") long answerers,
        @Schema(description = "The fewest people who together gave 80% of the accepted answers (most first)") long peopleForEightyPercent,
        @Schema(description = "Active accounts: the people who could have answered") long activePeople,
        @Schema(description = "peopleForEightyPercent / activePeople, 0 to 1 (0 without active people)") double shareOfPeople) {
}
