package nl.relay.alerts.matching;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How many alerts a draft would match and how many people they would tell. Below {@value #FEWEST} people
 * neither count is given, only {@code fewerThan}: a small count would say what one colleague watches.
 * Team alerts count once per group.
 */
public record DraftReach(@Schema(nullable = true) Long alerts, @Schema(nullable = true) Long people,
        @Schema(nullable = true, description = "3 when fewer than 3 people would be told, else null") Integer fewerThan) {

    static final int FEWEST = 3;

    static DraftReach of(long alerts, long people) {
        return people < FEWEST ? new DraftReach(null, null, FEWEST) : new DraftReach(alerts, people, null);
    }
}
