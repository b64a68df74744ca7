package nl.relay.notifications.mail;

import java.util.Locale;
import nl.relay.platform.database.Row;

/** Whom a mail goes to: their address, their name for the greeting, and the language they read. */
public record MailRecipient(String address, String name, Locale locale) {

    /**
     * The columns {@link #of} reads, from the recipient's account under alias {@code r}: put them in the
     * select list of a query that finds the recipient.
     */
    public static final String COLUMNS = "r.email as recipient_address, r.display_name as recipient_name, r.language as recipient_language";

    public static MailRecipient of(Row row) {
        String language = row.text("recipient_language");
        return new MailRecipient(row.text("recipient_address"), row.text("recipient_name"),
                Locale.forLanguageTag(language == null ? "nl" : language));
    }
}
