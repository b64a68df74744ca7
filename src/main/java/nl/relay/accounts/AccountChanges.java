package nl.relay.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.relay.platform.text.OneLine;

/** What an admin may change on an account; absent (or null) fields stay as they are. */
public record AccountChanges(
        @OneLine @Size(min = 1, max = AccountRules.MAX_DISPLAY_NAME) @Pattern(regexp = ".*\\S.*", flags = Pattern.Flag.DOTALL, message = "must not be blank") String displayName,
        @OneLine @Pattern(regexp = AccountRules.EMAIL_CHARACTERS, message = AccountRules.EMAIL_MESSAGE) @Email @Size(min = 3, max = AccountRules.MAX_EMAIL) String email,
        @Size(min = 1, message = "must name at least one role") List<@NotNull Role> roles,
        Boolean active) {

    public AccountChanges {
        displayName = displayName == null ? null : displayName.strip();
        email = email == null ? null : email.strip();
    }
}
