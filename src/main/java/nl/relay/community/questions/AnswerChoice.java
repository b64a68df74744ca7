package nl.relay.community.questions;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the asker (or a manager of the question's group) sends to accept a reply as the answer. */
public record AnswerChoice(
        @NotNull @Schema(required = true, description = "A reply in the question's thread, not removed") Long postId) {
}
