package nl.relay.testing;

/** A signed-in test account. */
public record Person(String username, String password, String token) {
}
