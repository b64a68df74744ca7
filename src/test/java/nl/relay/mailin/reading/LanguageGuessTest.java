package nl.relay.mailin.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A mail's language, for answering its sender: Dutch or English, Dutch when in doubt. */
class LanguageGuessTest {

    private static final Locale DUTCH = Locale.of("nl");

    @Test
    void contentLanguageDecidesWhenItIsDutchOrEnglish() throws UnreadableMail {
        assertEquals(Locale.ENGLISH, RawMail.plain().header("Content-Language", "en-GB").read().language());
        assertEquals(DUTCH, RawMail.plain().header("Content-Language", "nl-NL")
                .body("Thanks, see you on Thursday at the meeting.").read().language());
    }

    @Test
    void otherwiseTheWordsDecide() throws UnreadableMail {
        assertEquals(Locale.ENGLISH, RawMail.plain().header("Subject", "Thursday")
                .body("Thanks, I will be there and bring the numbers from the last quarter.").read().language());
        assertEquals(Locale.ENGLISH, RawMail.plain().header("Content-Language", "de-DE").header("Subject", "Thursday")
                .body("Thanks, I will be there and bring the numbers.").read().language());
        assertEquals(DUTCH, RawMail.plain().header("Subject", "Donderdag")
                .body("Bedankt, ik ben er en neem de cijfers van het laatste kwartaal mee.").read().language());
    }

    @Test
    void onlyTheNewPartOfAReplyCounts() throws UnreadableMail {
        assertEquals(Locale.ENGLISH, RawMail.plain().header("Subject", "Re: Overleg")
                .body("Thanks, I will be there.\n\nOp 01-12-2026 om 10:12 schreef Anna:\n> Hoi allemaal, komen"
                        + " jullie donderdag naar het overleg over de nieuwe vacature? Het is in de grote zaal.\n")
                .read().language());
    }

    @Test
    void inDoubtItIsDutch() throws UnreadableMail {
        assertEquals(DUTCH, RawMail.plain().header("Subject", "OK").body("OK 👍").read().language());
    }

    @Test
    void theCorpusSpeaksItsLanguages() throws UnreadableMail {
        assertEquals(DUTCH, Corpus.read("gmail-nl-reply.eml").language());
        assertEquals(Locale.ENGLISH, Corpus.read("gmail-en-reply.eml").language());
        assertEquals(Locale.ENGLISH, Corpus.read("apple-mail-en-reply.eml").language());
        assertEquals(DUTCH, Corpus.read("apple-mail-nl-reply.eml").language());
        assertEquals(Locale.ENGLISH, Corpus.read("thunderbird-en-reply.eml").language());
    }
}
