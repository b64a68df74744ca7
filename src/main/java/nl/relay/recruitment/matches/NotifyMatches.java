package nl.relay.recruitment.matches;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import nl.relay.notifications.NewNotification;
import nl.relay.notifications.WriteNotifications;
import nl.relay.platform.outbox.OutboxHandler;
import nl.relay.posts.PostWritten;

/**
 * Outbox job for a published post: when it presents a new vacancy, tells the owners of the five best fitting
 * available candidates; when it presents a new candidate, the owners of the five best fitting open vacancies.
 * Never the author about their own items, never someone who may not read the new post; one notification per
 * recipient, new post and own item (the unique index makes a retry tell nobody twice). Any other post, or one
 * removed meanwhile, is done.
 */
@ApplicationScoped
class NotifyMatches implements OutboxHandler<PostWritten> {

    /** At most this many items are told about one new candidate or vacancy. */
    static final int TOLD = 5;

    private final MatchItems items;
    private final FindMatches findMatches;
    private final WriteNotifications notifications;

    NotifyMatches(MatchItems items, FindMatches findMatches, WriteNotifications notifications) {
        this.items = items;
        this.findMatches = findMatches;
        this.notifications = notifications;
    }

    @Override
    public String name() {
        return "recruitment.match";
    }

    @Override
    public Class<PostWritten> takes() {
        return PostWritten.class;
    }

    @Override
    public void handle(PostWritten message) {
        if (!(message instanceof PostWritten.PostPublished)) {
            return;
        }
        Optional<MatchItem> subject = items.ofPost(message.postId());
        if (subject.isEmpty()) {
            return;
        }
        MatchItem item = subject.get();
        List<NewNotification> told = findMatches.find(item, Audience.otherOwners(), TOLD).stream()
                .map(match -> NewNotification.match(match.item().ownerId(), item.postId(), item.ownerId(),
                        match.item().postId()))
                .toList();
        if (!told.isEmpty()) {
            notifications.write(told);
        }
    }
}
