package nl.relay.community.help;

/** Someone who knows about a topic or client: how many of their answers there were accepted. */
public record Expert(String username, String displayName, long accepted) {
}
