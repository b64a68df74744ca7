package nl.relay.community.help;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How much one person helps others, counted over the posts the viewer may read: answers given to other people's
 * questions, how many of those were accepted, praise received, and how quickly they answer.
 */
public record PersonHelp(
        @Schema(description = "Replies to other people's questions") long answers,
        @Schema(description = "Questions of others where one of their replies is the accepted answer") long accepted,
        @Schema(description = "Praise posts that thank them") long praise,
        @Schema(nullable = true, description = "Median minutes from a question to their first reply to it; null "
                + "without answers") Long medianFirstAnswerMinutes) {
}
