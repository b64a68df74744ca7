package nl.relay.mailin.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Robots, bounces, lists and Relay itself are recognised, so nothing answers them. */
class LoopSignsTest {

    @Test
    void anOrdinaryMailCarriesNoLoopSign() throws UnreadableMail {
        assertEquals(Optional.empty(), RawMail.plain().read().loopSign());
        assertEquals(Optional.empty(), RawMail.plain().header("Auto-Submitted", "no").read().loopSign());
        assertEquals(Optional.empty(), RawMail.plain().header("Subject", "Afwezigheid tijdens de kerst").read()
                .loopSign());
        assertEquals(Optional.empty(), RawMail.plain().header("X-Auto-Response-Suppress", "All").read().loopSign());
    }

    @Test
    void automaticMailIsAutoSubmitted() throws UnreadableMail {
        for (RawMail mail : new RawMail[]{RawMail.plain().header("Auto-Submitted", "auto-replied"),
                RawMail.plain().header("Auto-Submitted", "auto-generated (vacation)"),
                RawMail.plain().header("X-Autoreply", "yes"), RawMail.plain().header("X-Autorespond", "Afwezig"),
                RawMail.plain().header("Precedence", "auto_reply"),
                RawMail.plain().header("Subject", "Automatisch antwoord: Overleg donderdag"),
                RawMail.plain().header("Subject", "Out of Office: Thursday"),
                RawMail.plain().header("Subject", "Afwezig: tot en met maandag"),
                RawMail.plain().header("Subject", "Automatic reply: Thursday")}) {
            assertEquals(Optional.of(LoopSign.AUTO_SUBMITTED), mail.read().loopSign());
        }
    }

    @Test
    void bouncesAreRecognisedByEnvelopeHeadersAndSender() throws UnreadableMail {
        assertEquals(Optional.of(LoopSign.BOUNCE), RawMail.plain().envelopeFrom(null).read().loopSign());
        assertEquals(Optional.of(LoopSign.BOUNCE), RawMail.plain().envelopeFrom("<>").read().loopSign());
        assertEquals(Optional.of(LoopSign.BOUNCE),
                RawMail.plain().header("X-Failed-Recipients", "oud@bureau.nl").read().loopSign());
        assertEquals(Optional.of(LoopSign.BOUNCE),
                RawMail.plain().header("From", "Mail Delivery Subsystem <MAILER-DAEMON@bureau.nl>").read().loopSign());
        assertEquals(Optional.of(LoopSign.BOUNCE),
                RawMail.plain().header("From", "postmaster@bureau.nl").read().loopSign());
        assertEquals(Optional.of(LoopSign.BOUNCE), RawMail.plain()
                .header("Content-Type", "multipart/report; report-type=disposition-notification; boundary=\"r\"")
                .body("--r\nContent-Type: text/plain\n\nGelezen.\n--r--\n").read().loopSign());
    }

    @Test
    void mailingListsAreRecognised() throws UnreadableMail {
        assertEquals(Optional.of(LoopSign.MAILING_LIST),
                RawMail.plain().header("List-Id", "Nieuws <nieuws.example.org>").read().loopSign());
        assertEquals(Optional.of(LoopSign.MAILING_LIST),
                RawMail.plain().header("List-Unsubscribe", "<mailto:leave@example.org>").read().loopSign());
        for (String precedence : new String[]{"bulk", "list", "junk", "Bulk"}) {
            assertEquals(Optional.of(LoopSign.MAILING_LIST),
                    RawMail.plain().header("Precedence", precedence).read().loopSign());
        }
    }

    @Test
    void relaysOwnMailIsRecognisedBeforeAnythingElse() throws UnreadableMail {
        assertEquals(Optional.of(LoopSign.FROM_RELAY),
                RawMail.plain().header("X-Relay-Origin", "relay.test").read().loopSign());
        assertEquals(Optional.of(LoopSign.FROM_RELAY), RawMail.plain().header("X-Relay-Origin", "relay.test")
                .header("Auto-Submitted", "auto-generated").envelopeFrom(null).read().loopSign());
    }
}
