package nl.relay.mailin.reading;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns the HTML of a mail into plain text: paragraphs and line breaks stay, list items become "- " lines, a link keeps
 * its text and shows its address when that differs. Quoted mail gets "> " before each line, so that {@link ReplyText}
 * can leave it out whatever the language of the client: blockquotes, Gmail's and Thunderbird's quote containers, and
 * everything from Outlook's reply header on (its header block above the original, or Outlook on the web's
 * divRplyFwdMsg). A forwarded mail in a post thus shows as a quote instead of being lost. Outlook's paragraphs
 * (MsoNormal) are lines, as Outlook shows them.
 */
public final class HtmlText {

    private static final String NOT_SHOWN = "head, script, style, title, meta, link, noscript, template, object, embed,"
            + " iframe, svg, math, canvas, audio, video, select, input, textarea, img, [hidden],"
            + " [style~=(?i)display\\s*:\\s*none], [style~=(?i)mso-hide\\s*:\\s*all],"
            + " [style~=(?i)mso-list\\s*:\\s*ignore]";
    private static final Set<String> PARAGRAPHS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "table", "dl",
            "hr");
    private static final Set<String> LINES = Set.of("div", "li", "tr", "dt", "dd", "section", "article", "header",
            "footer", "address", "center", "form", "fieldset", "figure", "figcaption", "main", "nav", "aside",
            "caption", "details", "summary", "tbody", "thead", "tfoot", "ul", "ol");

    /** Outlook's reply header: a grey line above "Van: … Verzonden: …"; everything below it is the original. */
    private static final Pattern OUTLOOK_REPLY_HEADER = Pattern.compile(
            "(?i).*border:\\s*none;\\s*border-top:\\s*solid\\s+#(e1e1e1|b5c4df)\\s+1\\.0pt;\\s*padding:\\s*3\\.0pt\\s+0.*");
    private static final Pattern QUOTE_MARKS = Pattern.compile("(?m)^(> ?)+");
    private static final Pattern ADDRESS_TEXT = Pattern.compile("(?i)(https?://|www\\.)\\S+|\\S+@\\S+\\.\\S+");
    private static final Pattern ADDRESS_DECORATION = Pattern.compile("^(mailto:|https?://)?(www\\.)?|/$");
    private static final Set<String> ORIGINAL_BELOW_IDS = Set.of("divrplyfwdmsg", "appendonsend");
    private static final Set<String> QUOTE_CLASSES = Set.of("gmail_quote", "moz-cite-prefix", "yahoo_quoted",
            "ms-outlook-mobile-reference-message");

    private HtmlText() {
    }

    /** Whether the element is a quote: its own lines are quoted. */
    private static boolean quote(Element element) {
        return element.normalName().equals("blockquote")
                || element.id().equalsIgnoreCase("mail-editor-reference-message-container")
                || element.classNames().stream().anyMatch(c -> QUOTE_CLASSES.contains(c.toLowerCase(Locale.ROOT)));
    }

    /** Whether the original mail starts here: everything from here to the end is quoted. */
    private static boolean originalBelow(Element element) {
        return ORIGINAL_BELOW_IDS.contains(element.id().toLowerCase(Locale.ROOT))
                || (element.normalName().equals("div")
                        && OUTLOOK_REPLY_HEADER.matcher(element.attr("style")).matches());
    }

    public static String of(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document document = Jsoup.parse(html);
        document.select(NOT_SHOWN).remove();
        Writer writer = new Writer();
        NodeTraversor.traverse(writer, document.body());
        return writer.result();
    }

    /** Writes the text of the nodes it visits, owing line breaks until the next text arrives. */
    private static final class Writer implements NodeVisitor {

        private final StringBuilder out = new StringBuilder();
        private final Deque<int[]> lists = new ArrayDeque<>(); // per open list: {ordered ? 1 : 0, items so far}
        private final Deque<Integer> starts = new ArrayDeque<>(); // where an open link or Outlook paragraph began
        private int owed; // line breaks owed before the next text: 1 a new line, 2 a blank line
        private boolean lineStart = true;
        private boolean afterMarker;
        private int quoteDepth;
        private int owedDepth; // the quote depth of the blank lines owed: the outer one, where a quote begins
        private int preDepth;
        private boolean originalBelow;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                text(text.getWholeText());
                return;
            }
            if (!(node instanceof Element element)) {
                return;
            }
            String name = element.normalName();
            if (!originalBelow && originalBelow(element)) {
                breakAtLeast(2);
                originalBelow = true;
                quoteDepth++; // for the rest of the document
            }
            if (quote(element)) {
                breakAtLeast(2);
                quoteDepth++;
            }
            switch (name) {
                case "br" -> owe(owed == 0 ? 1 : 2);
                case "p" -> {
                    if (outlook(element)) {
                        breakAtLeast(1);
                        starts.push(out.length());
                        if (element.className().startsWith("MsoListParagraph")) {
                            marker("- ");
                        }
                    } else {
                        breakAtLeast(2);
                    }
                }
                case "pre" -> {
                    breakAtLeast(2);
                    preDepth++;
                }
                case "hr" -> {
                    breakAtLeast(2);
                    write("---");
                }
                case "ul", "ol" -> {
                    breakAtLeast(lists.isEmpty() ? 2 : 1);
                    lists.push(new int[]{name.equals("ol") ? 1 : 0, 0});
                }
                case "li" -> {
                    breakAtLeast(1);
                    int[] list = lists.isEmpty() ? new int[]{0, 0} : lists.peek();
                    list[1]++;
                    String indent = "  ".repeat(Math.max(0, lists.size() - 1));
                    marker(indent + (list[0] == 1 ? list[1] + ". " : "- "));
                }
                case "a" -> starts.push(out.length());
                case "td", "th" -> {
                    if (element.elementSiblingIndex() > 0) {
                        text(" ");
                    }
                }
                default -> {
                    if (PARAGRAPHS.contains(name)) {
                        breakAtLeast(2);
                    } else if (LINES.contains(name)) {
                        breakAtLeast(1);
                    }
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (!(node instanceof Element element)) {
                return;
            }
            String name = element.normalName();
            if (quote(element)) {
                quoteDepth--;
                breakAtLeast(2);
            }
            switch (name) {
                case "p" -> {
                    if (outlook(element)) {
                        boolean empty = starts.isEmpty() || starts.pop() == out.length();
                        // Outlook writes a blank line as an empty paragraph
                        breakAtLeast(empty && out.length() > 0 ? 2 : 1);
                    } else {
                        breakAtLeast(2);
                    }
                }
                case "pre" -> {
                    preDepth--;
                    breakAtLeast(2);
                }
                case "ul", "ol" -> {
                    if (!lists.isEmpty()) {
                        lists.pop();
                    }
                    breakAtLeast(lists.isEmpty() ? 2 : 1);
                }
                case "a" -> {
                    if (!starts.isEmpty()) {
                        linkAddress(element, out.substring(starts.pop()));
                    }
                }
                default -> {
                    if (PARAGRAPHS.contains(name)) {
                        breakAtLeast(2);
                    } else if (LINES.contains(name)) {
                        breakAtLeast(1);
                    }
                }
            }
        }

        private static boolean outlook(Element paragraph) {
            return paragraph.className().startsWith("Mso");
        }

        private void text(String raw) {
            if (preDepth > 0) {
                String[] lines = visible(raw, false).replace("\r\n", "\n").split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    if (i > 0) {
                        owe(owed + 1);
                    }
                    write(lines[i].replace('\t', ' '));
                }
                return;
            }
            String text = visible(raw, true);
            if (text.startsWith(" ") && (owed > 0 || lineStart || out.isEmpty() || endsWithSpace())) {
                text = text.substring(1);
            }
            write(text);
        }

        /** Without invisible characters, a non-breaking space as a space; with runs of white space as one if asked. */
        private static String visible(String raw, boolean collapse) {
            StringBuilder text = new StringBuilder(raw.length());
            boolean space = false;
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (c == '\u200B' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD' || c == '\u034F') {
                    continue;
                }
                if (c == '\u00A0') {
                    c = ' ';
                }
                if (collapse && Character.isWhitespace(c)) {
                    if (!space) {
                        text.append(' ');
                    }
                    space = true;
                } else {
                    text.append(c);
                    space = false;
                }
            }
            return text.toString();
        }

        private void marker(String marker) {
            write(marker);
            afterMarker = true;
        }

        /** Adds the link's address in parentheses when its text does not already say it. */
        private void linkAddress(Element link, String shown) {
            String text = QUOTE_MARKS.matcher(shown).replaceAll("").strip();
            String href = link.attr("href").strip();
            String lower = href.toLowerCase(Locale.ROOT);
            String address;
            if (lower.startsWith("mailto:")) {
                address = href.substring("mailto:".length()).split("\\?", 2)[0];
            } else if (lower.startsWith("http://") || lower.startsWith("https://")) {
                address = href;
            } else {
                return;
            }
            if (text.isEmpty() || address.isBlank() || saysAddress(text) || bare(text).equals(bare(address))) {
                return;
            }
            write(" (" + address + ")");
        }

        private static boolean saysAddress(String text) {
            return ADDRESS_TEXT.matcher(text).matches();
        }

        private static String bare(String address) {
            return ADDRESS_DECORATION.matcher(address.toLowerCase(Locale.ROOT).strip()).replaceAll("");
        }

        private void owe(int breaks) {
            owedDepth = owed == 0 ? quoteDepth : Math.min(owedDepth, quoteDepth);
            owed = Math.min(2, breaks);
        }

        private void breakAtLeast(int breaks) {
            if (!afterMarker && breaks > owed) {
                owe(breaks);
            }
        }

        private boolean endsWithSpace() {
            return !out.isEmpty() && out.charAt(out.length() - 1) == ' ';
        }

        private void write(String text) {
            if (text.isEmpty()) {
                return;
            }
            if (owed > 0 && !out.isEmpty()) {
                for (int i = 0; i < owed; i++) {
                    out.append('\n');
                    if (i < owed - 1) {
                        out.append("> ".repeat(owedDepth).strip());
                    }
                }
                lineStart = true;
            }
            owed = 0;
            if (lineStart) {
                out.append("> ".repeat(quoteDepth));
                lineStart = false;
            }
            out.append(text);
            afterMarker = false;
        }

        /** The text with trailing spaces trimmed and runs of blank lines made one. */
        String result() {
            List<String> lines = new ArrayList<>();
            boolean lastBlank = true;
            for (String line : out.toString().split("\n", -1)) {
                String trimmed = line.stripTrailing();
                boolean blank = trimmed.replace(">", "").isBlank();
                if (blank && lastBlank) {
                    continue;
                }
                lines.add(blank ? trimmed.strip() : trimmed);
                lastBlank = blank;
            }
            while (!lines.isEmpty() && lines.getLast().replace(">", "").isBlank()) {
                lines.removeLast();
            }
            return String.join("\n", lines);
        }
    }
}
