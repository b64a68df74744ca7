package nl.relay.alerts;

/** How many alerts a draft would match and how many people they would tell. */
public record DraftReach(long alerts, long people) {
}
