package nl.relay.accounts;

/** Limits on account fields, shared by the API and the pages. */
final class AccountRules {

    static final String USERNAME = "[a-z0-9._-]{2,30}";
    static final String USERNAME_MESSAGE = "must be 2 to 30 characters: lower-case letters, digits, '.', '_' or '-'";
    static final int MAX_DISPLAY_NAME = 100;
    static final int MAX_EMAIL = 254;
    /** No white space and no invisible characters (a no-break or zero-width space): such an address never arrives. */
    static final String EMAIL_CHARACTERS = "[^\\s\\p{Z}\\p{Cf}]*";
    static final String EMAIL_MESSAGE = "must not contain spaces or invisible characters";

    private AccountRules() {
    }
}
