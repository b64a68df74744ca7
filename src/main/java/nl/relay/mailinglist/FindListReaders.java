package nl.relay.mailinglist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import nl.relay.platform.database.NativeSql;
import nl.relay.platform.outbox.Outbox;
import nl.relay.platform.outbox.OutboxHandler;
import nl.relay.posts.PostVisibility;
import nl.relay.posts.PostWritten;

/**
 * Outbox job for a new post or reply: finds who receives it by mail (see {@link ListReaders}) and records one
 * {@link ListMail} per person, however many of their choices it matches, so each mail succeeds or retries on its
 * own.
 */
@ApplicationScoped
class FindListReaders implements OutboxHandler<PostWritten.PostPublished> {

    private final EntityManager entityManager;
    private final PostVisibility visibility;
    private final Outbox outbox;

    FindListReaders(EntityManager entityManager, PostVisibility visibility, Outbox outbox) {
        this.entityManager = entityManager;
        this.visibility = visibility;
        this.outbox = outbox;
    }

    @Override
    public String name() {
        return "post.mailing-list";
    }

    @Override
    public Class<PostWritten.PostPublished> takes() {
        return PostWritten.PostPublished.class;
    }

    @Override
    public void handle(PostWritten.PostPublished message) {
        List<ListMail> mails = NativeSql.select(entityManager, """
                select distinct s.account_id from post p
                join mail_subscription s on %s
                where p.id = :post and %s""".formatted(ListReaders.CHOSE, ListReaders.mayReceive(visibility)))
                .bind("post", message.postId())
                .list(row -> new ListMail(message.postId(), row.longValue("account_id")));
        if (!mails.isEmpty()) {
            outbox.sendAll(mails, Duration.ZERO);
        }
    }
}
