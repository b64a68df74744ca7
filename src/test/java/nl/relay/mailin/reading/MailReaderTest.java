package nl.relay.mailin.reading;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What MailReader makes of the corpus of real mails: who, what, which files, and whether it may be answered. */
class MailReaderTest {

    private static final Locale DUTCH = Locale.of("nl");

    @Test
    void aThunderbirdMailIsReadWithItsFlowedLinesJoinedIntoParagraphs() throws UnreadableMail {
        ReadMail mail = Corpus.read("thunderbird-nl-alternative.eml");
        assertEquals("5f1c7a2e-3b0d-4c8e-9a51-2d6f0b7e8c41@bureau.nl", mail.messageId());
        assertEquals(List.of(), mail.inReplyTo());
        assertEquals(new MailAddress("anna.devries@bureau.nl", "Anna de Vries"), mail.from());
        assertNull(mail.replyTo());
        assertEquals("Wissel online en offline ontmoeting af", mail.subject());
        assertEquals("""
                Hoi allemaal,

                Enkele weken terug sprak ik een behandelaar bij het Jeugdriagg. Als vanzelf kwam het gesprek op \
                sociale media, en ze had daar een mooie anekdote over: veel jongeren hebben een vriendje of \
                vriendinnetje dat ze nooit in het echt hebben gezien.

                Een deel van onze contacten is naar het online kanaal verschoven, en dat hoeft helemaal niet erg te \
                zijn. Wel pleit ik ervoor online en offline af te wisselen: op een gegeven moment moet je een \
                kandidaat gewoon eens recht in de ogen kijken.

                Zullen we dit meenemen in het #werving overleg van donderdag?

                Groet,
                Anna
                --
                Anna de Vries
                Senior recruiter | Bureau""", mail.text());
        assertFalse(mail.html());
        assertEquals(List.of(), mail.attachments());
        assertEquals(Optional.empty(), mail.loopSign());
        assertEquals(DUTCH, mail.language());
    }

    @Test
    void addressesAreLowerCasedAndCcLeavesOutWhoIsAlreadyInTo() throws UnreadableMail {
        ReadMail mail = Corpus.read("thunderbird-nl-alternative.eml");
        assertEquals(List.of(new MailAddress("post@relay.test", null),
                new MailAddress("bas.jansen@bureau.nl", "Bas Jansen")), mail.to());
        // Cc also names "Bas Jansen <Bas.Jansen@bureau.nl>": the same address, differently written
        assertEquals(List.of(new MailAddress("chantal.bakker@bureau.nl", "Chantal Bakker")), mail.cc());
    }

    @Test
    void encodedWordsAreDecodedInSubjectAndNamesAndGroupsAreFlattened() throws UnreadableMail {
        ReadMail mail = Corpus.read("encoded-words-subject.eml");
        // two UTF-8 B-encoded words, with é ë ü and an emoji
        assertEquals("Café-overleg na de reünie: één übergezellige middag 🎉", mail.subject());
        // an ISO-8859-1 Q-encoded name, an address in capitals
        assertEquals(new MailAddress("renee.muller@bureau.nl", "Renée Müller"), mail.from());
        // "Werving: Joëlle <…>, daan…;" is a group: its members count, the group's name does not
        assertEquals(List.of(new MailAddress("post@relay.test", null),
                new MailAddress("joelle.dewit@bureau.nl", "Joëlle de Wit"),
                new MailAddress("daan.visser@bureau.nl", null)), mail.to());
        // Daan is in To already, Anna is named twice
        assertEquals(List.of(new MailAddress("anna.devries@bureau.nl", null)), mail.cc());
        assertEquals("Vrijdag na de reünie schuiven we aan in café De Zwaan. Wie doet er mee? Eén ronde is van mij."
                + "\n\nRenée", mail.text());
    }

    @Test
    void quotedPrintableInIso88591IsDecodedAsOutlookMeantIt() throws UnreadableMail {
        ReadMail mail = Corpus.read("quoted-printable-latin1.eml");
        assertEquals(new MailAddress("chantal.bakker@bureau.nl", "Bakker, Chantal"), mail.from());
        assertEquals(List.of(new MailAddress("bas.jansen@bureau.nl", "Jansen, Bas"),
                new MailAddress("anna.devries@bureau.nl", "de Vries, Anna")), mail.cc());
        // the euro sign is Windows-1252's 0x80, which Outlook sends under the ISO-8859-1 label
        assertEquals("""
                Beste collega's,

                Vanaf januari betalen we een aanbrengpremie van € 750 voor elke nieuwe collega die via referral \
                recruitment bij ons begint. Eén voorwaarde: de nieuwe collega blijft minimaal zes maanden. Vorig jaar \
                kwam 33% van onze nieuwe collega's via een aanbeveling binnen; dat willen we naar 40% brengen.

                Op de reünie in café De Zwaan vertel ik er meer over, samen met de coördinator werving.

                Met vriendelijke groet,

                Chantal Bakker
                HR-adviseur""", mail.text());
        assertFalse(mail.html());
    }

    @Test
    void base64TextIsDecodedAndThePlainAlternativePreferred() throws UnreadableMail {
        ReadMail mail = Corpus.read("base64-outlook-android.eml");
        assertEquals(List.of(new MailAddress("group+werving@relay.test", null)), mail.to());
        assertEquals("""
                Hoi team,

                Net een sterke kandidaat gesproken voor de vacature accountmanager in Utrecht: zes jaar ervaring in \
                de uitzendbranche en een groot netwerk in de regio. Beschikbaar per 1 februari.

                Wie wil het tweede gesprek doen?

                Daan

                Download Outlook voor Android<https://aka.ms/AAb9ysg>""", mail.text());
        assertFalse(mail.html());
    }

    @Test
    void anOutlookMailTakesThePlainTextAndDropsTheLogoItsHtmlShowsInline() throws UnreadableMail {
        ReadMail mail = Corpus.read("outlook-nl-reply.eml");
        assertFalse(mail.html());
        assertTrue(mail.text().startsWith("Hoi Anna,\n\nGoed punt."), mail.text());
        assertFalse(mail.text().contains("[cid:"), "Outlook's stand-in for the inline logo is no text");
        assertEquals(List.of(), mail.attachments(), "image001.png is shown inline by cid: and is no file");
        assertEquals(List.of("relay.post.4711.notification.3@relay.test"), mail.inReplyTo());
        assertEquals(DUTCH, mail.language());
        assertEquals(List.of("mx.relay.test; dkim=pass header.d=bureau.nl header.s=selector1; spf=pass "
                + "smtp.mailfrom=bureau.nl; dmarc=pass action=none header.from=bureau.nl"),
                mail.authenticationResults());
    }

    @Test
    void anHtmlOnlyMailBecomesTextFromItsHtml() throws UnreadableMail {
        ReadMail mail = Corpus.read("outlook-nl-reply-html-only.eml");
        assertTrue(mail.html());
        assertTrue(mail.text().startsWith("""
                Hoi Anna,

                Eens! Drie dingen die ik donderdag wil bespreken:
                - Peer power: kandidaten die elkaar helpen
                - Het voorbeeld van het Hard Rock Cafe in Florence
                - De voorspelling van Gartner over communities

                Achtergrond staat in het blogarchief (https://www.example.com/blogarchief/peer-power) van Interim \
                Intelligence.

                Groet,
                Chantal

                > Van: Anna de Vries via Relay <notificaties@relay.test>
                > Verzonden: dinsdag 1 december 2026 10:12
                """), mail.text());
        assertFalse(mail.text().contains("MsoNormal") || mail.text().contains("font-family"), mail.text());
    }

    @Test
    void aPdfAttachmentKeepsItsDecodedNameAndExactContent() throws UnreadableMail {
        ReadMail mail = Corpus.read("gmail-nl-pdf-attachment.eml");
        assertEquals(1, mail.attachments().size());
        MailAttachment pdf = mail.attachments().getFirst();
        assertEquals("Vacature accountmanager – regio Utrecht.pdf", pdf.filename());
        assertEquals("application/pdf", pdf.declaredType());
        assertEquals(618, pdf.content().length);
        assertEquals("%PDF-1.4", new String(pdf.content(), 0, 8, StandardCharsets.US_ASCII));
        assertTrue(new String(pdf.content(), StandardCharsets.ISO_8859_1).stripTrailing().endsWith("%%EOF"));
        assertEquals(List.of(new MailAddress("eva.smit@bureau.nl", "Eva Smit")), mail.cc());
        assertTrue(mail.text().startsWith("Hoi allemaal,\n\nHierbij de vacaturetekst"), mail.text());
    }

    @Test
    void aWordFileNamedInRfc2231IsTheOnlyFileOfANestedOutlookMail() throws UnreadableMail {
        ReadMail mail = Corpus.read("outlook-nl-docx-attachment.eml");
        assertEquals("Functieprofiel coördinator werving", mail.subject());
        assertEquals(List.of(new MailAddress("anna.devries@bureau.nl", "Anna de Vries"),
                new MailAddress("daan.visser@bureau.nl", "Daan Visser")), mail.cc());
        assertEquals(1, mail.attachments().size(), "the inline logo is no file");
        MailAttachment docx = mail.attachments().getFirst();
        assertEquals("Functieprofiel – coördinator werving.docx", docx.filename());
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.declaredType());
        assertEquals(961, docx.content().length);
        assertArrayEquals(new byte[]{'P', 'K', 3, 4}, Arrays.copyOf(docx.content(), 4));
        assertEquals("""
                Hallo allemaal,

                In de bijlage het functieprofiel voor de nieuwe coördinator werving. Graag jullie reactie vóór \
                vrijdag, dan kan de vacature maandag online.

                Groet,
                Eva Smit""", mail.text());
    }

    @Test
    void anInlineImageWithAFilenameIsAFileAndTheTextAroundItIsJoined() throws UnreadableMail {
        ReadMail mail = Corpus.read("apple-mail-nl-screenshot.eml");
        assertEquals(1, mail.attachments().size());
        MailAttachment screenshot = mail.attachments().getFirst();
        // RFC 2231 with a continuation: filename*0*=…; filename*1*=…
        assertEquals("Overzicht sollicitaties – week 49.png", screenshot.filename());
        assertEquals("image/png", screenshot.declaredType());
        assertArrayEquals(new byte[]{(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(screenshot.content(), 4));
        assertEquals("""
                Het overzicht van deze week: 42 sollicitaties, waarvan 9 via een aanbeveling.

                Opvallend: de aanbevelingen leveren de beste kandidaten op. Zie ook #referral.

                Anna""", mail.text());
    }

    @Test
    void aMailForwardedAsAttachmentIsAFileNamedAfterItsSubject() throws UnreadableMail {
        ReadMail mail = Corpus.read("thunderbird-nl-forward-attached.eml");
        assertEquals("Ter info, zie de doorgestuurde mail in de bijlage. Wie pakt dit op?\n\nAnna", mail.text());
        assertEquals(1, mail.attachments().size());
        MailAttachment forwarded = mail.attachments().getFirst();
        assertEquals("Reactie op vacature accountmanager.eml", forwarded.filename());
        assertEquals("message/rfc822", forwarded.declaredType());
        assertTrue(new String(forwarded.content(), StandardCharsets.UTF_8)
                .startsWith("Message-ID: <CAF7x1Lm0k2pQ9@mail.example.org>\r\n"));
    }

    @Test
    void aForwardedMailWithoutFilenameIsNamedAfterItsDecodedSubject() throws UnreadableMail {
        ReadMail mail = RawMail.plain().header("Content-Type", "multipart/mixed; boundary=\"b1\"").body("""
                --b1
                Content-Type: text/plain; charset=UTF-8

                Zie bijlage.
                --b1
                Content-Type: message/rfc822

                From: desk@example.org
                Subject: =?UTF-8?Q?Sollicitatie_co=C3=B6rdinator?=

                Tekst.
                --b1--
                """).read();
        assertEquals(List.of("Sollicitatie coördinator.eml"),
                mail.attachments().stream().map(MailAttachment::filename).toList());
    }

    @Test
    void anAutomaticReplyIsMarkedAutoSubmitted() throws UnreadableMail {
        ReadMail mail = Corpus.read("auto-reply-outlook-nl.eml");
        assertEquals(Optional.of(LoopSign.AUTO_SUBMITTED), mail.loopSign());
        assertEquals("Automatisch antwoord: Wissel online en offline ontmoeting af", mail.subject());
    }

    @Test
    void aBounceIsMarkedAsSuchWithTheNullSenderAndAlsoWithout() throws UnreadableMail {
        byte[] bounce = Corpus.bytes("bounce-multipart-report.eml");
        ReadMail mail = MailReader.read(bounce, null);
        assertEquals(Optional.of(LoopSign.BOUNCE), mail.loopSign());
        assertEquals(new MailAddress("mailer-daemon@mail.bureau.nl", "Mail Delivery System"), mail.from());
        assertTrue(mail.text().startsWith("This is the mail system at host mail.bureau.nl."), mail.text());
        // multipart/report and MAILER-DAEMON tell it too, whatever the envelope said
        assertEquals(Optional.of(LoopSign.BOUNCE), MailReader.read(bounce, "notificaties@relay.test").loopSign());
        // the X-Relay-Origin inside the returned headers is not a header of the bounce itself
        assertEquals(List.of("message/delivery-status", "text/rfc822-headers"),
                mail.attachments().stream().map(MailAttachment::declaredType).toList());
    }

    @Test
    void aMailingListMailIsMarkedAndReadFromItsPlainText() throws UnreadableMail {
        ReadMail mail = Corpus.read("mailing-list.eml");
        assertEquals(Optional.of(LoopSign.MAILING_LIST), mail.loopSign());
        assertEquals(new MailAddress("nieuwsbrief@example.org", "Werving & Selectie nieuws"), mail.from());
        assertTrue(mail.text().contains("Lees verder: https://www.example.org/nieuws/peer-power"), mail.text());
    }

    @Test
    void aMultipartWithoutItsBoundaryIsUnreadable() {
        UnreadableMail unreadable = assertThrows(UnreadableMail.class, () -> Corpus.read("broken-multipart.eml"));
        assertEquals("broken-structure", unreadable.reason());
    }

    @Test
    void everyReadableMailOfTheCorpusHasASenderAMessageIdAndText() throws UnreadableMail {
        for (String name : Corpus.ALL) {
            if (name.startsWith("broken")) {
                continue;
            }
            ReadMail mail = Corpus.read(name);
            assertTrue(mail.from().address().contains("@"), name);
            assertTrue(mail.messageId() != null && !mail.messageId().contains("<"), name);
            assertFalse(mail.text().isBlank(), name);
            assertFalse(mail.subject().isBlank(), name);
        }
    }

    @Test
    void everyMailOfTheCorpusCanTravelBySmtp() {
        for (String name : Corpus.ALL) {
            String raw = new String(Corpus.bytes(name), StandardCharsets.ISO_8859_1);
            assertFalse(raw.replace("\r\n", "").contains("\n") || raw.replace("\r\n", "").contains("\r"),
                    name + " has a line ending other than CRLF");
            assertTrue(Arrays.stream(raw.split("\r\n")).allMatch(line -> line.length() < 998), name);
            String head = raw.substring(0, raw.indexOf("\r\n\r\n"));
            assertTrue(Pattern.compile("(?im)^message-id:").matcher(head).find(), name + " has no Message-ID");
        }
    }

    @Test
    void aMailWithoutFromIsUnreadable() {
        UnreadableMail unreadable = assertThrows(UnreadableMail.class, () -> RawMail.plain().without("From").read());
        assertEquals("no-sender", unreadable.reason());
        UnreadableMail nameOnly = assertThrows(UnreadableMail.class,
                () -> RawMail.plain().header("From", "Anna de Vries").read());
        assertEquals("no-sender", nameOnly.reason());
    }

    @Test
    void somethingThatIsNoMailIsUnreadable() {
        assertEquals("empty", assertThrows(UnreadableMail.class, () -> MailReader.read(new byte[0], null)).reason());
        assertEquals("not-a-mail", assertThrows(UnreadableMail.class,
                () -> MailReader.read("%PDF-1.4\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1), null))
                .reason());
        assertEquals("not-a-mail", assertThrows(UnreadableMail.class,
                () -> MailReader.read("<html><body>Hallo</body></html>".getBytes(StandardCharsets.UTF_8), null))
                .reason());
    }

    @Test
    void aStructureNestedBeyondReasonIsUnreadable() {
        StringBuilder body = new StringBuilder();
        int depth = 30;
        for (int i = 0; i < depth; i++) {
            body.append("--b").append(i).append("\nContent-Type: multipart/mixed; boundary=\"b").append(i + 1)
                    .append("\"\n\n");
        }
        body.append("--b").append(depth).append("\nContent-Type: text/plain\n\nDiep.\n");
        for (int i = depth; i >= 0; i--) {
            body.append("--b").append(i).append("--\n");
        }
        RawMail nested = RawMail.plain().header("Content-Type", "multipart/mixed; boundary=\"b0\"")
                .body(body.toString());
        assertEquals("too-complex", assertThrows(UnreadableMail.class, nested::read).reason());
    }

    @Test
    void decodingStopsAtTheBudgetTheRawSizeGives() throws Exception {
        byte[] raw = Corpus.bytes("gmail-nl-pdf-attachment.eml");
        jakarta.mail.internet.MimeMessage message = new jakarta.mail.internet.MimeMessage(
                jakarta.mail.Session.getInstance(new java.util.Properties()), new java.io.ByteArrayInputStream(raw));
        assertEquals("too-large", assertThrows(UnreadableMail.class, () -> MailBody.of(message, 600)).reason());
        assertEquals(1, MailBody.of(message, raw.length).attachments().size());
    }

    @Test
    void idsComeWithoutAngleBracketsInReplyToFirstThenReferencesWithoutRepeats() throws UnreadableMail {
        ReadMail mail = RawMail.plain().header("Message-ID", " <abc.123@bureau.nl> ")
                .header("In-Reply-To", "<relay.post.7.notification.2@relay.test>")
                .header("References",
                        "<first@relay.test>\r\n <relay.post.7.notification.2@relay.test>\r\n <second@relay.test>")
                .header("Reply-To", "Team Werving <Werving@Bureau.nl>").read();
        assertEquals("abc.123@bureau.nl", mail.messageId());
        assertEquals(List.of("relay.post.7.notification.2@relay.test", "first@relay.test", "second@relay.test"),
                mail.inReplyTo());
        assertEquals(new MailAddress("werving@bureau.nl", "Team Werving"), mail.replyTo());
        assertNull(RawMail.plain().without("Message-ID").read().messageId());
        assertEquals("", RawMail.plain().without("Subject").read().subject());
    }

    @Test
    void headersWrittenInRawUtf8AreReadAsUtf8() throws UnreadableMail {
        ReadMail mail = RawMail.plain().header("Subject", "Reünie in café 🎉")
                .header("From", "Renée Müller <renee.muller@bureau.nl>").read();
        assertEquals("Reünie in café 🎉", mail.subject());
        assertEquals("Renée Müller", mail.from().name());
    }

    @Test
    void aBodyWithoutCharsetIsReadAsUtf8WhenItIsElseAsWindows1252() throws UnreadableMail {
        RawMail mail = RawMail.plain().header("Content-Type", "text/plain").header("Content-Transfer-Encoding", "8bit")
                .body("Eén café, € 5.");
        assertEquals("Eén café, € 5.", MailReader.read(mail.bytes(StandardCharsets.UTF_8), "a@bureau.nl").text());
        assertEquals("Eén café, € 5.",
                MailReader.read(mail.bytes(java.nio.charset.Charset.forName("windows-1252")), "a@bureau.nl").text());
        RawMail unknown = mail.header("Content-Type", "text/plain; charset=x-unknown-8bit");
        assertEquals("Eén café, € 5.", MailReader.read(unknown.bytes(StandardCharsets.UTF_8), "a@bureau.nl").text());
    }

    @Test
    void anEmptyPlainAlternativeGivesWayToTheHtml() throws UnreadableMail {
        ReadMail mail = RawMail.plain().header("Content-Type", "multipart/alternative; boundary=\"alt\"").body("""
                --alt
                Content-Type: text/plain; charset=UTF-8

                \s
                --alt
                Content-Type: text/html; charset=UTF-8

                <p>Nieuwe <b>vacature</b> online.</p>
                --alt--
                """).read();
        assertEquals("Nieuwe vacature online.", mail.text());
        assertTrue(mail.html());
    }

    @Test
    void anImageIsAFileWhenDeclaredAnAttachmentEvenIfTheHtmlShowsIt() throws UnreadableMail {
        String png = "iVBORw0KGgo=";
        ReadMail mail = RawMail.plain().header("Content-Type", "multipart/related; boundary=\"rel\"").body("""
                --rel
                Content-Type: text/html; charset=UTF-8

                <p>Logo: <img src="cid:logo@bureau"> en foto <img src="cid:photo@bureau"></p>
                --rel
                Content-Type: image/png
                Content-ID: <logo@bureau>
                Content-Transfer-Encoding: base64

                %1$s
                --rel
                Content-Type: image/png; name="team.png"
                Content-Disposition: attachment; filename="team.png"
                Content-ID: <photo@bureau>
                Content-Transfer-Encoding: base64

                %1$s
                --rel
                Content-Type: image/png
                Content-Disposition: inline
                Content-Transfer-Encoding: base64

                %1$s
                --rel--
                """.formatted(png)).read();
        assertEquals(List.of("team.png"), mail.attachments().stream().map(MailAttachment::filename).toList());
        assertEquals("Logo: en foto", mail.text());
    }

    @Test
    void aSignedMailKeepsItsTextAndDropsTheSignature() throws UnreadableMail {
        ReadMail mail = RawMail.plain()
                .header("Content-Type", "multipart/signed; protocol=\"application/pkcs7-signature\"; boundary=\"sig\"")
                .body("""
                        --sig
                        Content-Type: text/plain; charset=UTF-8

                        Ondertekend bericht.
                        --sig
                        Content-Type: application/pkcs7-signature; name="smime.p7s"
                        Content-Disposition: attachment; filename="smime.p7s"
                        Content-Transfer-Encoding: base64

                        MIAGCSqGSIb3DQEHAqCAMIACAQExDzANBglghkgBZQMEAgEFADCABgkqhkiG9w0BBwEAAA==
                        --sig--
                        """).read();
        assertEquals("Ondertekend bericht.", mail.text());
        assertEquals(List.of(), mail.attachments());
    }

    @Test
    void aNamelessFileGetsANameByItsType() throws UnreadableMail {
        ReadMail mail = RawMail.plain().header("Content-Type", "multipart/mixed; boundary=\"m\"").body("""
                --m
                Content-Type: text/plain; charset=UTF-8

                Zie bijlage.
                --m
                Content-Type: application/pdf
                Content-Disposition: attachment; filename="../../etc/Offerte.pdf"

                %PDF-1.4
                --m
                Content-Type: application/pdf

                %PDF-1.4
                --m--
                """).read();
        assertEquals(List.of("Offerte.pdf", "attachment.pdf"),
                mail.attachments().stream().map(MailAttachment::filename).toList());
    }
}
