package nl.relay.community.polls;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import nl.relay.platform.LimitsConfig;
import nl.relay.platform.RateLimit;
import nl.relay.platform.database.NativeSql;
import nl.relay.platform.errors.Conflict;
import nl.relay.platform.errors.InvalidInput;
import nl.relay.platform.errors.NotFound;
import nl.relay.posts.Post;
import nl.relay.posts.ReadablePosts;

/**
 * A reader votes in a poll, changes their vote or takes it back: one vote per person, until the poll closes. The
 * post is locked, so votes and an edit of the question happen one after the other.
 */
@ApplicationScoped
public class CastVote {

    private final EntityManager entityManager;
    private final ReadablePosts readable;
    private final RateLimit rateLimit;
    private final LimitsConfig limits;
    private final Clock clock;

    CastVote(EntityManager entityManager, ReadablePosts readable, RateLimit rateLimit, LimitsConfig limits,
            Clock clock) {
        this.entityManager = entityManager;
        this.readable = readable;
        this.rateLimit = rateLimit;
        this.limits = limits;
        this.clock = clock;
    }

    /** Votes for the option (0-based), replacing an earlier vote of the voter's. */
    @Transactional
    public void vote(long voterId, long postId, Integer option) {
        OpenPoll poll = openPoll(voterId, postId);
        if (option == null || option < 0 || option >= poll.options()) {
            throw new InvalidInput("option", "must be the 0-based index of one of the poll's " + poll.options()
                    + " options: 0 to " + (poll.options() - 1));
        }
        entityManager.createNativeQuery(
                """
                        insert into poll_vote (post_id, account_id, option, voted_at) values (?1, ?2, ?3, ?4)
                        on conflict (post_id, account_id) do update set option = excluded.option, voted_at = excluded.voted_at""")
                .setParameter(1, postId).setParameter(2, voterId).setParameter(3, option)
                .setParameter(4, clock.instant().truncatedTo(ChronoUnit.MICROS)).executeUpdate();
    }

    /** Takes the voter's vote back, if they voted (idempotent). */
    @Transactional
    public void withdraw(long voterId, long postId) {
        openPoll(voterId, postId);
        entityManager.createNativeQuery("delete from poll_vote where post_id = ?1 and account_id = ?2")
                .setParameter(1, postId).setParameter(2, voterId).executeUpdate();
    }

    /** A poll still taking votes, on a post the voter may read (locked); else 404, or 409 when removed or closed. */
    private OpenPoll openPoll(long voterId, long postId) {
        rateLimit.take("vote:" + voterId, new RateLimit.Window(limits.votes(), Duration.ofMinutes(1)));
        Post post = readable.requireLocked(voterId, postId);
        OpenPoll poll = NativeSql.select(entityManager, """
                select pl.closes_at, (select count(*) from poll_option o where o.post_id = pl.post_id) as options
                from poll pl where pl.post_id = :post""").bind("post", post.id)
                .first(row -> new OpenPoll(row.instant("closes_at"), row.intValue("options")))
                .orElseThrow(() -> new NotFound("This post is no poll."));
        if (post.deleted) {
            throw new Conflict("This post was removed.");
        }
        if (!clock.instant().isBefore(poll.closesAt())) {
            throw new Conflict("This poll closed at " + poll.closesAt() + ": votes can no longer change.");
        }
        return poll;
    }

    private record OpenPoll(Instant closesAt, int options) {
    }
}
