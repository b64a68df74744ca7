package nl.relay.accounts.reset;

/** What a reset mail says: whom it greets, the account it resets, the link and how many minutes it works. */
record ResetMail(String name, String username, String link, long minutes) {
}
