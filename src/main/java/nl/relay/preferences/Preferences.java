package nl.relay.preferences;

import java.util.List;
import nl.relay.accounts.Account;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * My preferences: email for notifications ("instant", "digest" or "off"), how often a digest comes
 * ("daily" or "weekly"), and the language ("nl", "en", or null to follow the browser).
 */
public record Preferences(String email, String digest, @Schema(nullable = true) String language) {

    static final List<String> EMAIL = List.of("instant", "digest", "off");
    static final List<String> DIGEST = List.of("daily", "weekly");
    static final List<String> LANGUAGE = List.of("nl", "en");

    static Preferences of(Account account) {
        return new Preferences(account.emailDelivery, account.digestFrequency, account.language);
    }
}
