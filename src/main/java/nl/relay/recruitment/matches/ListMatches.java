package nl.relay.recruitment.matches;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.relay.platform.errors.NotFound;
import nl.relay.platform.http.PathIds;

/**
 * A reader's ranked matches for one candidate or vacancy: what fits it among the items whose posts the reader may
 * read. A candidate or vacancy that does not exist, or whose post the reader may not read, is not found.
 */
@ApplicationScoped
public class ListMatches {

    private final MatchItems items;
    private final FindMatches findMatches;

    ListMatches(MatchItems items, FindMatches findMatches) {
        this.items = items;
        this.findMatches = findMatches;
    }

    /** The item (by its id as written in a path) and its matches, at most {@code limit}, best first. */
    public Listed list(MatchItem.Side side, String id, long readerId, int limit) {
        String what = side == MatchItem.Side.CANDIDATE ? "candidate" : "vacancy";
        long parsed = PathIds.parse(id, () -> new NotFound("There is no " + what + " " + id + "."));
        MatchItem subject = items.shown(side, parsed, readerId)
                .orElseThrow(() -> new NotFound("There is no " + what + " " + id + "."));
        return new Listed(subject, findMatches.find(subject, Audience.viewer(readerId), limit));
    }

    /** A candidate or vacancy and what fits it. */
    public record Listed(MatchItem subject, List<Match> matches) {
    }
}
