package nl.relay.mailin.reading;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.NodeTraversor;

/**
 * Turns the HTML of a mail into plain text: paragraphs and line breaks stay, list items become "- " lines, a link keeps
 * its text and shows its address when that differs ({@link HtmlBlocks}). Quoted mail gets "> " before each line
 * ({@link HtmlQuotes}, {@link QuotedLines}), so that {@link ReplyText} can leave it out whatever the language of the
 * client. A forwarded mail in a post thus shows as a quote instead of being lost.
 */
public final class HtmlText {

    private static final String NOT_SHOWN = "head, script, style, title, meta, link, noscript, template, object, embed,"
            + " iframe, svg, math, canvas, audio, video, select, input, textarea, img, [hidden],"
            + " [style~=(?i)display\\s*:\\s*none], [style~=(?i)mso-hide\\s*:\\s*all],"
            + " [style~=(?i)mso-list\\s*:\\s*ignore]";

    private HtmlText() {
    }

    public static String of(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document document = Jsoup.parse(html);
        document.select(NOT_SHOWN).remove();
        QuotedLines lines = new QuotedLines();
        NodeTraversor.traverse(new HtmlBlocks(lines), document.body());
        return lines.result();
    }
}
