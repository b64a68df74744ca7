package nl.relay.alerts;

/**
 * How many alerts a draft would match and how many people they would tell. Below {@value #FEWEST} people
 * neither count is given, only {@code fewerThan}: a small count would say what one colleague watches.
 * Team alerts count once per group.
 */
public record DraftReach(Long alerts, Long people, Integer fewerThan) {

    static final int FEWEST = 3;

    static DraftReach of(long alerts, long people) {
        return people < FEWEST ? new DraftReach(null, null, FEWEST) : new DraftReach(alerts, people, null);
    }
}
