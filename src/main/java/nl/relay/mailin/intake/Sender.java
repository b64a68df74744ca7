package nl.relay.mailin.intake;

/** The account a mail is taken as coming from, as far as {@link IdentifySender} could establish it. */
record Sender(long accountId, String username, String email, String language) {
}
