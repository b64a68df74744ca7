package nl.relay.notifications;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How notifications reach people beyond the app: email timing, reminders, and links back to Relay. */
@ConfigMapping(prefix = "relay.notifications")
public interface NotificationsConfig {

    /**
     * How long handing one mail to the mail server may take before the send counts as failed and the outbox tries it
     * again later: a server that accepts the connection and then says nothing must not hold the outbox.
     */
    @WithDefault("PT30S")
    Duration sendTimeout();

    /** How long an unread notification waits before it is mailed (instant delivery), ISO-8601. */
    @WithDefault("PT10M")
    Duration emailDelay();

    /** How long a must-read post may stay unread before its addressee gets one reminder, ISO-8601. */
    @WithDefault("PT24H")
    Duration reminderAfter();

    /**
     * How often each instance looks for due digests and reminders ("off" stops looking; the tests call the
     * jobs themselves, so a scheduled run never takes a digest they are about to claim).
     */
    @WithDefault("5m")
    String checkEvery();

    /**
     * The address people open Relay at, for the links in emails and feeds. Unset, pages and feeds use the
     * address each request came in on, and emails {@code http://localhost:<port>} (see PublicAddress).
     */
    java.util.Optional<String> baseUrl();
}
