package nl.relay.accounts;

/** What a person signs in with. */
public record Credentials(String username, String password) {
}
