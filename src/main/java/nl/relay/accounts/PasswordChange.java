package nl.relay.accounts;

import jakarta.validation.constraints.NotNull;

/** A signed-in person's new password, with the current one as proof. */
public record PasswordChange(@NotNull String currentPassword, @NotNull String newPassword) {
}
