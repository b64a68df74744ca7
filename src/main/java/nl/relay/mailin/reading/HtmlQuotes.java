package nl.relay.mailin.reading;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Where the HTML of a mail quotes another: blockquotes, Gmail's and Thunderbird's quote containers, and everything
 * from Outlook's reply header on (its header block above the original, or Outlook on the web's divRplyFwdMsg).
 */
final class HtmlQuotes {

    /** Outlook's reply header: a grey line above "Van: … Verzonden: …"; everything below it is the original. */
    private static final Pattern OUTLOOK_REPLY_HEADER = Pattern.compile(
            "(?i).*border:\\s*none;\\s*border-top:\\s*solid\\s+#(e1e1e1|b5c4df)\\s+1\\.0pt;\\s*padding:\\s*3\\.0pt\\s+0.*");
    private static final Set<String> ORIGINAL_BELOW_IDS = Set.of("divrplyfwdmsg", "appendonsend");
    private static final Set<String> QUOTE_CLASSES = Set.of("gmail_quote", "moz-cite-prefix", "yahoo_quoted",
            "ms-outlook-mobile-reference-message");

    private HtmlQuotes() {
    }

    /** Whether the element is a quote: its own lines are quoted. */
    static boolean quote(Element element) {
        return element.normalName().equals("blockquote")
                || element.id().equalsIgnoreCase("mail-editor-reference-message-container")
                || element.classNames().stream().anyMatch(c -> QUOTE_CLASSES.contains(c.toLowerCase(Locale.ROOT)));
    }

    /** Whether the original mail starts here: everything from here to the end is quoted. */
    static boolean originalBelow(Element element) {
        return ORIGINAL_BELOW_IDS.contains(element.id().toLowerCase(Locale.ROOT))
                || (element.normalName().equals("div")
                        && OUTLOOK_REPLY_HEADER.matcher(element.attr("style")).matches());
    }
}
