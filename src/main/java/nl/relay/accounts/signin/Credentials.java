package nl.relay.accounts.signin;

/** What a person signs in with. */
public record Credentials(String username, String password) {
}
