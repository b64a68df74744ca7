package nl.relay.community.polls;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The polls of posts, read with the posts themselves: a column for the query that reads a page of posts (a page
 * costs no query more however many polls it has), and that column read back into views for the reader. A removed
 * post shows no poll.
 */
@ApplicationScoped
public class PollColumn {

    private final ObjectMapper json;
    private final Clock clock;

    PollColumn(ObjectMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    /**
     * A select-list expression: the poll of the post under {@code alias} as JSON (text) with the vote of the reader
     * {@code viewer} (a bound parameter such as {@code :viewer}); null for a post without one.
     */
    public String column(String alias, String viewer, String name) {
        return """
                (select cast(json_build_object(
                    'closesAtMicros', cast(extract(epoch from pl.closes_at) * 1000000 as bigint),
                    'myVote', (select pv.option from poll_vote pv where pv.post_id = pl.post_id
                               and pv.account_id = %2$s),
                    'voters', (select count(*) from poll_vote pv where pv.post_id = pl.post_id),
                    'options', (select json_agg(json_build_object('text', po.text, 'votes',
                                    (select count(*) from poll_vote pv where pv.post_id = po.post_id
                                     and pv.option = po.position)) order by po.position)
                                from poll_option po where po.post_id = pl.post_id)) as text)
                 from poll pl where pl.post_id = %1$s.id and not %1$s.deleted) as %3$s"""
                .formatted(alias, viewer, name);
    }

    /** The poll the column listed, as the reader sees it now; null when there is none. */
    public PollView read(String column) {
        if (column == null || column.isEmpty()) {
            return null;
        }
        Listed listed;
        try {
            listed = json.readValue(column, Listed.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the database's JSON of a poll could not be read", e);
        }
        Instant closesAt = Instant.EPOCH.plus(listed.closesAtMicros(), ChronoUnit.MICROS);
        boolean closed = !clock.instant().isBefore(closesAt);
        boolean visible = closed || listed.myVote() != null;
        List<PollView.Option> options = listed.options().stream()
                .map(option -> new PollView.Option(option.text(), visible ? option.votes() : null)).toList();
        return new PollView(options, listed.myVote(), closesAt, closed, listed.voters(), visible);
    }

    private record Listed(long closesAtMicros, Integer myVote, int voters, List<ListedOption> options) {
    }

    private record ListedOption(String text, int votes) {
    }
}
