package nl.relay.preferences;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import nl.relay.accounts.Account;
import nl.relay.platform.errors.InvalidInput;
import nl.relay.platform.errors.Problem;

/** Reads and changes a person's preferences; invalid values change nothing. */
@ApplicationScoped
public class AccountPreferences {

    @Transactional
    public Preferences of(long accountId) {
        return Preferences.of(Account.findById(accountId));
    }

    @Transactional
    public Preferences change(long accountId, PreferencesChange change) {
        List<Problem.FieldError> errors = new ArrayList<>();
        check("email", change.getEmail(), Preferences.EMAIL, errors);
        check("digest", change.getDigest(), Preferences.DIGEST, errors);
        check("language", change.getLanguage(), Preferences.LANGUAGE, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Account account = Account.findById(accountId);
        if (change.getEmail() != null) {
            account.emailDelivery = change.getEmail();
        }
        if (change.getDigest() != null) {
            account.digestFrequency = change.getDigest();
        }
        if (change.languageGiven()) {
            account.language = change.getLanguage();
        }
        return Preferences.of(account);
    }

    private static void check(String field, String value, List<String> allowed, List<Problem.FieldError> errors) {
        if (value != null && !allowed.contains(value)) {
            errors.add(new Problem.FieldError(field, "must be one of " + String.join(", ", allowed)));
        }
    }
}
