package nl.relay.community.help;

/** One person on the leaderboard: what they did for others in the period. */
public record Helper(String username, String displayName, long accepted, long answers, long praise) {
}
