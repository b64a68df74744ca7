package nl.relay.community.polls;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import nl.relay.platform.errors.InvalidInput;
import nl.relay.platform.errors.Problem;
import nl.relay.posts.PostKind;

/**
 * The poll of a new post: checked before the post is written (a poll post needs a poll, and only a poll post has one),
 * stored in the same transaction after it.
 */
@ApplicationScoped
public class StartPoll {

    /** A poll that passed the rules, to store with its post. */
    public record CheckedPoll(List<String> options, Instant closesAt) {
    }

    private final EntityManager entityManager;
    private final Clock clock;

    StartPoll(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** The poll to store with a post of this kind, null for another kind; every refusal named at once (422). */
    public CheckedPoll check(PostKind kind, NewPoll poll) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (kind != PostKind.POLL) {
            if (poll != null) {
                throw new InvalidInput("poll", "is only for posts of kind poll");
            }
            return null;
        }
        if (poll == null) {
            throw new InvalidInput("poll", "is required for a poll: its options and closesAt");
        }
        List<String> options = PollRules.options(poll.options(), errors);
        Instant closesAt = PollRules.closesAt(poll.closesAt(), clock.instant(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new CheckedPoll(options, closesAt.truncatedTo(ChronoUnit.MICROS));
    }

    /** Stores the poll of a post just written. */
    public void store(long postId, CheckedPoll poll) {
        entityManager.createNativeQuery("""
                with p as (insert into poll (post_id, closes_at) values (?1, ?2) returning post_id)
                insert into poll_option (post_id, position, text)
                select p.post_id, o.position - 1, o.text from p,
                       unnest(cast(?3 as text[])) with ordinality as o(text, position)""")
                .setParameter(1, postId)
                .setParameter(2, poll.closesAt())
                .setParameter(3, poll.options().toArray(String[]::new))
                .executeUpdate();
    }
}
