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

    @Message("Mededeling doen")
    String new_title();

    @Message("Een mededeling moet iedereen lezen: ze staat bovenaan hun startpagina tot ze haar gelezen hebben of tot "
            + "ze verloopt.")
    String new_intro();

    @Message("Tekst")
    String new_body();

    @Message("Aan")
    String new_group();

    @Message("Iedereen")
    String new_everyone();

    @Message("Verloopt op (optioneel)")
    String new_expiry();

    @Message("Nederlandse tijd. Leeg: blijft staan tot ze gelezen is.")
    String new_expiry_hint();

    @Message("Plaatsen")
    String new_send();

    @Message("Alleen beheerders en communicatie doen mededelingen.")
    String new_refused();
}
