package nl.relay.web.announcements;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The announcements' strings, as {@code announcements:} in templates; Dutch here, English in announcements_en. */
@MessageBundle(value = "announcements", locale = "nl")
public interface AnnouncementMessages {

    @Message("Mededelingen")
    String pinned();

    @Message("Mededeling")
    String badge();

    @Message("{who} deed een mededeling die je moet lezen")
    String note(String who);

    @Message("Communicatie")
    String role();

    @Message("{acknowledged} van {audience} gelezen ({percent}%)")
    String rate(long acknowledged, long audience, long percent);

    @Message("nog niet iedereen bereikt")
    String reaching();
}
