package nl.relay.mailin.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Only the new part of a reply by mail counts: quotes, attributions, Outlook's header block and signatures go. */
class ReplyTextTest {

    /** Each reply of the corpus with the new part it must give, from its plain text as MailReader chose it. */
    private static final Map<String, String> NEW_PARTS = Map.of(
            "outlook-nl-reply.eml", """
                    Hoi Anna,

                    Goed punt. Ik sluit donderdag aan bij het #werving overleg en neem de cijfers van het \
                    klantinteractiecentrum mee: door klanten elkaar te laten helpen daalde het aantal telefoontjes \
                    naar het callcenter met 16%.

                    Met vriendelijke groet,

                    Bas Jansen
                    Recruiter""",
            "outlook-nl-reply-html-only.eml", """
                    Hoi Anna,

                    Eens! Drie dingen die ik donderdag wil bespreken:
                    - Peer power: kandidaten die elkaar helpen
                    - Het voorbeeld van het Hard Rock Cafe in Florence
                    - De voorspelling van Gartner over communities

                    Achtergrond staat in het blogarchief (https://www.example.com/blogarchief/peer-power) van \
                    Interim Intelligence.

                    Groet,
                    Chantal""",
            "outlook-en-reply.eml", """
                    Hi Anna,

                    Count me in for Thursday. I'd like to add the Gartner forecast: within five years, peer-to-peer \
                    communities may handle 40% of the customer contacts of larger companies.

                    Kind regards,
                    James Miller""",
            "gmail-nl-reply.eml", """
                    Dag Anna,

                    Helemaal mee eens. Juist offline leer je een kandidaat écht kennen, online
                    houd je het contact warm. Ik zet het op de agenda.

                    Groet,
                    Daan""",
            "gmail-en-reply.eml", """
                    Hi Anna,

                    Good idea. In my experience the best hires still come from a coffee, not
                    from a DM. Happy to share two examples on Thursday.

                    Cheers,
                    Sarah""",
            "apple-mail-nl-reply.eml", "Leuk stuk! Ik ben donderdag op kantoor, dus ik schuif aan bij het overleg.",
            "apple-mail-en-reply.eml", "Sounds good, see you Thursday. I'll bring the numbers from last quarter.",
            "thunderbird-en-reply.eml", """
                    Hi Anna,

                    Thanks, good point. I'll bring the Hard Rock Cafe case: applicants in Florence helped each other \
                    on a Facebook page set up for them, and even rejected applicants stayed active there.

                    Best,
                    Sarah""",
            // Thunderbird's default: the answer below the quote
            "thunderbird-nl-reply.eml", """
                    Goed idee. Ik neem de casus van het Hard Rock Cafe in Florence mee: sollicitanten hielpen elkaar \
                    daar op een speciaal opgezette Facebook-pagina, en zelfs afgewezen kandidaten bleven actief.

                    Groet,
                    Bas""");

    @Test
    void eachReplyOfTheCorpusGivesExactlyItsNewPart() throws UnreadableMail {
        for (Map.Entry<String, String> reply : NEW_PARTS.entrySet()) {
            assertEquals(reply.getValue(), ReplyText.newPart(Corpus.read(reply.getKey()).text()), reply.getKey());
        }
    }

    @Test
    void theHtmlAlternativeOfEachReplyGivesTheSameWords() throws Exception {
        for (Map.Entry<String, String> reply : NEW_PARTS.entrySet()) {
            for (String html : Corpus.htmlParts(reply.getKey())) {
                // Gmail hard-wraps its plain text, the HTML does not: compare the words
                assertEquals(words(reply.getValue()), words(ReplyText.newPart(HtmlText.of(html))), reply.getKey());
            }
        }
    }

    @Test
    void dutchAttributionLinesAndTheQuoteBelowThemGo() {
        for (String attribution : List.of("Op di 1 dec. 2026 om 10:12 schreef Anna de Vries <anna@bureau.nl>:",
                "Op 1 december 2026 10:12 schreef Anna de Vries <anna@bureau.nl>:",
                "Anna de Vries <anna@bureau.nl> schreef op 1 december 2026 om 10:12:",
                "Op 01-12-2026 om 10:12 schreef Anna:",
                "Op 1 dec 2026, om 10:12 heeft Anna de Vries <anna@bureau.nl> het volgende geschreven:")) {
            assertEquals("Prima, ik kom.",
                    ReplyText.newPart("Prima, ik kom.\n\n" + attribution + "\n\n> Komen jullie?\n"),
                    attribution);
        }
    }

    @Test
    void englishAttributionLinesAndTheQuoteBelowThemGo() {
        for (String attribution : List.of("On Tue, Dec 1, 2026 at 10:12 AM Anna de Vries <anna@bureau.nl> wrote:",
                "On 1 Dec 2026, at 10:12, Anna de Vries <anna@bureau.nl> wrote:",
                "On 01/12/2026 10:12, Anna de Vries wrote:",
                "Anna de Vries <anna@bureau.nl> wrote on 1 December 2026 at 10:12:")) {
            assertEquals("Fine, I'll come.",
                    ReplyText.newPart("Fine, I'll come.\n\n" + attribution + "\n> Are you coming?\n"), attribution);
        }
    }

    @Test
    void anAttributionWrappedOverTwoLinesGoes() {
        assertEquals("Prima.", ReplyText.newPart("""
                Prima.

                Op di 1 dec. 2026 om 10:12 schreef Anna de Vries via Relay <
                notificaties@relay.test>:

                > Komen jullie?
                """));
        assertEquals("Fine.", ReplyText.newPart("""
                Fine.

                On Tue, Dec 1, 2026 at 10:12 AM Anna de Vries
                <anna@bureau.nl> wrote:
                > Are you coming?
                """));
    }

    @Test
    void anAttributionNamingAnAddressEndsTheNewPartAlsoWithoutQuoteMarks() {
        assertEquals("Prima.", ReplyText.newPart("""
                Prima.

                Op di 1 dec. 2026 om 10:12 schreef Anna de Vries <anna@bureau.nl>:

                Komen jullie donderdag?
                """));
    }

    @Test
    void outlooksHeaderBlockEndsTheNewPartWithOrWithoutTheLineAboveIt() {
        String dutch = """
                Van: Anna de Vries <anna@bureau.nl>
                Verzonden: dinsdag 1 december 2026 10:12
                Aan: Bas Jansen <bas@bureau.nl>
                CC: Chantal Bakker <chantal@bureau.nl>
                Onderwerp: Overleg donderdag

                Komen jullie?""";
        String english = """
                From: Anna de Vries <anna@bureau.nl>
                Sent: Tuesday, December 1, 2026 10:12 AM
                To: Bas Jansen <bas@bureau.nl>
                Subject: Thursday

                Are you coming?""";
        assertEquals("Ik kom.", ReplyText.newPart("Ik kom.\n\n" + dutch));
        assertEquals("Ik kom.", ReplyText.newPart("Ik kom.\n\n________________________________\n" + dutch));
        assertEquals("I'll come.", ReplyText.newPart("I'll come.\n\n" + english));
        assertEquals("I'll come.", ReplyText.newPart("I'll come.\n\n________________________________\n" + english));
        assertEquals("I'll come.", ReplyText.newPart("I'll come.\n\n---\n\n" + english));
    }

    @Test
    void theOriginalMessageMarkerEndsTheNewPart() {
        assertEquals("Akkoord.", ReplyText.newPart("Akkoord.\n\n-----Oorspronkelijk bericht-----\nVan: Anna\nTekst"));
        assertEquals("Agreed.", ReplyText.newPart("Agreed.\n-----Original Message-----\nFrom: Anna\nText"));
    }

    @Test
    void aSignatureAfterDashDashSpaceGoes() {
        assertEquals("Tot donderdag.\n\nBas", ReplyText.newPart("Tot donderdag.\n\nBas\n-- \nBas Jansen\n06-12345678"));
        assertEquals("Tot donderdag.", ReplyText.newPart("Tot donderdag.\n--\nBas Jansen | Recruiter"));
    }

    @Test
    void mobileFootersAndWhatFollowsThemGo() {
        for (String footer : List.of("Verzonden vanaf mijn iPhone", "Verzonden vanaf mijn iPad", "Sent from my iPhone",
                "Verstuurd vanaf mijn Android", "Verzonden vanaf mijn Samsung Galaxy smartphone.",
                "Get Outlook for iOS", "Get Outlook for Android<https://aka.ms/ghei36>", "Download Outlook voor iOS",
                "Download Outlook voor Android (https://aka.ms/AAb9ysg)", "Outlook voor iOS downloaden")) {
            assertEquals("Ik bel je zo.", ReplyText.newPart("Ik bel je zo.\n\n" + footer + "\n\nOorspronkelijk tekst"),
                    footer);
        }
    }

    @Test
    void quotedLinesGoAnywhereAndAnswersBetweenThemStay() {
        assertEquals("Ja, donderdag.\n\nNee, volgende week.", ReplyText.newPart("""
                > Kom je donderdag?
                Ja, donderdag.

                > En de training?
                >> Staat gepland.
                Nee, volgende week.
                """));
    }

    @Test
    void ordinaryTextThatMentionsWritingStays() {
        for (String text : List.of("Jan schreef gisteren een mooi stuk over werving.",
                "Op maandag schreef Piet: we zijn er klaar voor.",
                "On Monday she wrote: the numbers are in.",
                "Op 12 maart om 10:00 schreef ik me in voor de training:\nDat was een goede zet.",
                "Zoals Anna schreef:\nonline en offline afwisselen werkt.",
                "Van: de afdeling HR\nOnderwerp van gesprek was de nieuwe regeling.",
                "Sent from my desk at the office, so the numbers are right.",
                "Verzonden vanaf mijn werkplek op kantoor",
                "Ze schreef op 1 december om 10:12 uur dat het doorgaat.")) {
            assertEquals(text, ReplyText.newPart(text), text);
        }
    }

    @Test
    void aReplyThatIsOnlyQuoteOrFooterBecomesEmpty() {
        assertEquals("", ReplyText.newPart("Op 01-12-2026 om 10:12 schreef Anna:\n> Komen jullie?\n"));
        assertEquals("", ReplyText.newPart("\n\nVerzonden vanaf mijn iPhone\n\n> Op 1 dec. 2026 om 10:12 heeft Anna"
                + " het volgende geschreven:\n> Komen jullie?"));
        assertEquals("", ReplyText.newPart("   \n"));
        assertEquals("", ReplyText.newPart(null));
    }

    @Test
    void theNewPartIsTrimmedAndItsBlankLinesCollapsed() {
        assertEquals("Hoi,\n\nPrima.", ReplyText.newPart("\n\n  \nHoi,   \n\n\n\nPrima.  \n\n"));
        assertFalse(ReplyText.newPart("Prima.\r\n\r\n> quote\r\n").contains("\r"));
    }

    private static String words(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
