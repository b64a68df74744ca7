package nl.relay.web;

import java.util.List;
import nl.relay.notifications.NotificationView;

/** A notification on the page, with its post (if any) ready to show as a card. */
public record NotificationCard(NotificationView notification, PostCard card) {

    public static List<NotificationCard> of(List<NotificationView> notifications) {
        return notifications.stream().map(n -> new NotificationCard(n, n.post() == null
                ? null
                : PostCard.of(List.of(n.post())).get(0))).toList();
    }
}
