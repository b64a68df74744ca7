package nl.relay.community.questions;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Questions and their accepted answers. */
@ConfigMapping(prefix = "relay.questions")
public interface QuestionsConfig {

    /**
     * How long a question may stand without an accepted answer before its asker gets one reminder, ISO-8601. The job
     * looks as often as the notification reminders do (relay.notifications.check-every).
     */
    @WithDefault("P2D")
    Duration remindAfter();
}
