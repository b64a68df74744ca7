package nl.relay.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.relay.platform.text.OneLine;

/** What an admin sends to create an account. Usernames are taken lower-case. */
public record NewAccount(
        @NotNull @Pattern(regexp = AccountRules.USERNAME, message = AccountRules.USERNAME_MESSAGE) String username,
        @NotBlank @OneLine @Size(max = AccountRules.MAX_DISPLAY_NAME) String displayName,
        @NotBlank @OneLine @Pattern(regexp = AccountRules.EMAIL_CHARACTERS, message = AccountRules.EMAIL_MESSAGE) @Email @Size(max = AccountRules.MAX_EMAIL) String email,
        @NotNull String password,
        List<@NotNull Role> roles) {

    public NewAccount {
        username = Account.normalise(username);
        displayName = displayName == null ? null : displayName.strip();
        email = email == null ? null : email.strip();
    }
}
