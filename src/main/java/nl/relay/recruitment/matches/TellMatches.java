package nl.relay.recruitment.matches;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import nl.relay.notifications.NewNotification;
import nl.relay.notifications.WriteNotifications;

/**
 * Tells the owners of what best fits a candidate or vacancy that is on offer (an available candidate, an open
 * vacancy): the five best of the other side. Never the author about their own items, never someone who may not read
 * its post; one notification per recipient, post and own item (the unique index makes a retry, or the same offer on
 * offer again, tell nobody twice).
 */
@ApplicationScoped
class TellMatches {

    /** At most this many items are told about one candidate or vacancy. */
    static final int TOLD = 5;

    private final MatchItems items;
    private final FindMatches findMatches;
    private final WriteNotifications notifications;

    TellMatches(MatchItems items, FindMatches findMatches, WriteNotifications notifications) {
        this.items = items;
        this.findMatches = findMatches;
        this.notifications = notifications;
    }

    void tell(long postId) {
        Optional<MatchItem> subject = items.ofPost(postId).filter(TellMatches::onOffer);
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

    private static boolean onOffer(MatchItem item) {
        return item.side() == MatchItem.Side.CANDIDATE
                ? "available".equals(item.status())
                : "open".equals(item.status());
    }
}
