package nl.relay.mailin.reading;

/** One address of a mail: the address lower-cased and trimmed, the display name when the mail gave one. */
public record MailAddress(String address, String name) {
}
