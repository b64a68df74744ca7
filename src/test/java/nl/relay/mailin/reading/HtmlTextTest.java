package nl.relay.mailin.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** HTML of a mail as plain text: structure kept as lines, everything that is not text gone. */
class HtmlTextTest {

    @Test
    void paragraphsAreSeparatedByABlankLineAndBreaksAreNewLines() {
        assertEquals("Hoi Anna,\n\nDe vacature staat online.\nGroet,\nBas",
                HtmlText.of("<p>Hoi Anna,</p><p>De vacature staat online.<br>Groet,<br>Bas</p>"));
        assertEquals("Een\nTwee\n\nDrie", HtmlText.of("<div>Een</div><div>Twee</div><div><br></div><div>Drie</div>"));
    }

    @Test
    void listsBecomeDashLinesAndNumberedListsKeepTheirNumbers() {
        assertEquals("Agenda:\n\n- Werving\n- Referral\n  - Premie\n- Rondvraag\n\n1. Eerst\n2. Dan",
                HtmlText.of("<p>Agenda:</p><ul><li>Werving</li><li>Referral<ul><li>Premie</li></ul></li>"
                        + "<li><p>Rondvraag</p></li></ul><ol><li>Eerst</li><li>Dan</li></ol>"));
    }

    @Test
    void aLinkKeepsItsTextAndShowsItsAddressWhenTheTextDoesNotSayIt() {
        assertEquals("Lees het blogarchief (https://www.example.com/blog) of mail Anna (anna@bureau.nl).",
                HtmlText.of("Lees het <a href=\"https://www.example.com/blog\">blogarchief</a> of mail "
                        + "<a href=\"mailto:anna@bureau.nl?subject=Hoi\">Anna</a>."));
        assertEquals("Zie www.example.com en anna@bureau.nl.",
                HtmlText.of("Zie <a href=\"https://www.example.com/\">www.example.com</a> en "
                        + "<a href=\"mailto:anna@bureau.nl\">anna@bureau.nl</a>."));
        // Outlook rewrites links (safe links): the text already is the address
        assertEquals("https://www.example.com/vacature", HtmlText.of("<a href=\"https://eur01.safelinks.protection"
                + ".outlook.com/?url=https%3A%2F%2Fwww.example.com%2Fvacature\">https://www.example.com/vacature</a>"));
        assertEquals("Klik hier", HtmlText.of("<a href=\"javascript:alert(1)\">Klik hier</a>"));
        assertEquals("", HtmlText.of("<a href=\"https://www.example.com\"><img src=\"logo.png\"></a>"));
    }

    @Test
    void quotedBlocksGetQuoteMarksPerLevel() {
        assertEquals("Eens.\n\n> Komen jullie?\n> Groet, Anna\n>\n> > Eerdere vraag",
                HtmlText.of("<p>Eens.</p><blockquote><div>Komen jullie?</div><div>Groet, Anna</div>"
                        + "<blockquote>Eerdere vraag</blockquote></blockquote>"));
    }

    @Test
    void scriptsStylesTheHeadAndHiddenTextAreDropped() {
        assertEquals("Zichtbaar.", HtmlText.of("<html><head><title>Titel</title><style>p{color:red}</style></head>"
                + "<body><script>alert('x')</script><span style=\"display:none\">Preheader</span>"
                + "<p>Zichtbaar.</p><noscript>Geen script</noscript></body></html>"));
    }

    @Test
    void entitiesAreDecodedAndNonBreakingSpacesBecomeSpaces() {
        assertEquals("Caf\u00e9 & re\u00fcnie: \u20ac 5 \u2013 <snel>",
                HtmlText.of("Caf&eacute; &amp; re&uuml;nie:&nbsp;&#8364;&nbsp;5 &ndash; &lt;snel&gt;"));
    }

    @Test
    void runsOfBlankLinesCollapseToOne() {
        assertEquals("Een\n\nTwee", HtmlText.of("<p>Een</p><p></p><br><br><br><p>&nbsp;</p><p>Twee</p>"));
    }

    @Test
    void outlookParagraphsAreLinesAndItsEmptyParagraphsBlankLines() {
        String outlook = "<div class=\"WordSection1\"><p class=\"MsoNormal\">Hoi Anna,<o:p></o:p></p>"
                + "<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p><p class=\"MsoNormal\">Prima.<o:p></o:p></p>"
                + "<p class=\"MsoNormal\">Groet,<o:p></o:p></p><p class=\"MsoNormal\">Bas<o:p></o:p></p>"
                + "<p class=\"MsoListParagraphCxSpFirst\" style=\"mso-list:l0 level1 lfo1\"><![if !supportLists]>"
                + "<span style=\"mso-list:Ignore\">&middot;<span>&nbsp;&nbsp; </span></span><![endif]>Punt een</p></div>";
        assertEquals("Hoi Anna,\n\nPrima.\nGroet,\nBas\n- Punt een", HtmlText.of(outlook));
    }

    @Test
    void everythingFromOutlooksReplyHeaderOnIsQuotedWhateverTheLanguage() {
        String polish = "<div class=\"WordSection1\"><p class=\"MsoNormal\">Dzięki, będę.</p><p class=\"MsoNormal\">"
                + "<o:p>&nbsp;</o:p></p><div><div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm "
                + "0cm 0cm\"><p class=\"MsoNormal\"><b>Od:</b> Anna<br><b>Wysłane:</b> wtorek, 1 grudnia 2026 10:12<br>"
                + "<b>Do:</b> Bas<br><b>Temat:</b> Spotkanie</p></div></div><p class=\"MsoNormal\">Przyjdziecie?</p></div>";
        assertEquals(
                "Dzięki, będę.\n\n> Od: Anna\n> Wysłane: wtorek, 1 grudnia 2026 10:12\n> Do: Bas\n> Temat: Spotkanie\n"
                        + "> Przyjdziecie?",
                HtmlText.of(polish));
        assertEquals("Dzięki, będę.", ReplyText.newPart(HtmlText.of(polish)));
        String outlookOnTheWeb = "<div>Danke, ich komme.</div><div id=\"appendonsend\"></div><hr>"
                + "<div id=\"divRplyFwdMsg\"><b>Von:</b> Anna<br><b>Gesendet:</b> Dienstag<br><b>Betreff:</b> Treffen</div>"
                + "<div>Kommt ihr?</div>";
        assertEquals("Danke, ich komme.", ReplyText.newPart(HtmlText.of(outlookOnTheWeb)));
        assertEquals(
                "Danke, ich komme.\n\n> ---\n>\n> Von: Anna\n> Gesendet: Dienstag\n> Betreff: Treffen\n> Kommt ihr?",
                HtmlText.of(outlookOnTheWeb));
    }

    @Test
    void quoteContainersOfGmailThunderbirdAndOutlookMobileAreQuoted() {
        assertEquals("Ja.\n\n> Le 1 déc. 2026, Anna a écrit :\n>\n> > Vous venez ?", HtmlText.of("<div>Ja.</div>"
                + "<div class=\"gmail_quote\">Le 1 déc. 2026, Anna a écrit :<blockquote class=\"gmail_quote\">Vous venez ?"
                + "</blockquote></div>"));
        String thunderbird = "<p>Ja.</p><div class=\"moz-cite-prefix\">Dne 1. 12. 2026 napsala Anna:<br></div>"
                + "<blockquote type=\"cite\">Přijdete?</blockquote>";
        assertEquals("Ja.\n\n> Dne 1. 12. 2026 napsala Anna:\n\n> Přijdete?", HtmlText.of(thunderbird));
        assertEquals("Ja.", ReplyText.newPart(HtmlText.of(thunderbird)));
        assertEquals("Ja.",
                ReplyText.newPart(HtmlText.of("<div>Ja.</div><div id=\"mail-editor-reference-message-container\">"
                        + "<div class=\"ms-outlook-mobile-reference-message\"><b>Från:</b> Anna<br>Kommer ni?</div></div>")));
    }

    @Test
    void aHeaderBlockWithoutOutlooksStylingIsStillRecognisedByItsWords() {
        String html = "<p class=\"MsoNormal\">Prima.</p><div style=\"border:none;border-top:solid #E1E1E1 1.0pt\">"
                + "<p class=\"MsoNormal\"><b>Van:</b> Anna &lt;anna@bureau.nl&gt;<br><b>Verzonden:</b> dinsdag 1 "
                + "december 2026 10:12<br><b>Aan:</b> Bas<br><b>Onderwerp:</b> Overleg</p></div>"
                + "<p class=\"MsoNormal\">Komen jullie?</p>";
        assertEquals("Prima.\nVan: Anna <anna@bureau.nl>\nVerzonden: dinsdag 1 december 2026 10:12\nAan: Bas\n"
                + "Onderwerp: Overleg\nKomen jullie?", HtmlText.of(html));
        assertEquals("Prima.", ReplyText.newPart(HtmlText.of(html)));
    }

    @Test
    void gmailsQuoteBecomesAnAttributionAndQuotedLines() {
        String html = "<div dir=\"ltr\">Prima.</div><br><div class=\"gmail_quote\"><div dir=\"ltr\" "
                + "class=\"gmail_attr\">Op di 1 dec. 2026 om 10:12 schreef Anna &lt;<a href=\"mailto:anna@bureau.nl\">"
                + "anna@bureau.nl</a>&gt;:<br></div><blockquote class=\"gmail_quote\">Komen jullie?</blockquote></div>";
        assertEquals("Prima.\n\n> Op di 1 dec. 2026 om 10:12 schreef Anna <anna@bureau.nl>:\n>\n> > Komen jullie?",
                HtmlText.of(html));
        assertEquals("Prima.", ReplyText.newPart(HtmlText.of(html)));
    }

    @Test
    void preformattedTextKeepsItsLines() {
        assertEquals("Tabel:\n\nnaam    uren\nAnna    32",
                HtmlText.of("<p>Tabel:</p><pre>naam    uren\nAnna    32</pre>"));
    }

    @Test
    void tableCellsAreSeparatedAndRowsAreLines() {
        assertEquals("Naam Uren\nAnna 32", HtmlText.of("<table><tr><td>Naam</td><td>Uren</td></tr>"
                + "<tr><td>Anna</td><td>32</td></tr></table>"));
    }

    @Test
    void nothingGivesNothing() {
        assertEquals("", HtmlText.of(null));
        assertEquals("", HtmlText.of("  "));
        assertEquals("", HtmlText.of("<html><head><style>x{}</style></head><body></body></html>"));
    }
}
