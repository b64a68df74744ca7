package nl.relay.posts;

import jakarta.validation.constraints.NotNull;

/** A post's new text. */
public record PostEdit(@NotNull String body) {
}
