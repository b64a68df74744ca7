package nl.relay.mailin.reading;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Walks the blocks of a mail's HTML and writes their text: paragraphs and line breaks stay, list items become "- "
 * (or numbered) lines, a link keeps its text and shows its address when that differs, Outlook's paragraphs
 * (MsoNormal) are lines, as Outlook shows them; quotes ({@link HtmlQuotes}) are marked as they begin and end.
 */
final class HtmlBlocks implements NodeVisitor {

    private static final Set<String> PARAGRAPHS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "table", "dl",
            "hr");
    private static final Set<String> LINES = Set.of("div", "li", "tr", "dt", "dd", "section", "article", "header",
            "footer", "address", "center", "form", "fieldset", "figure", "figcaption", "main", "nav", "aside",
            "caption", "details", "summary", "tbody", "thead", "tfoot", "ul", "ol");

    private final QuotedLines lines;
    private final Deque<int[]> lists = new ArrayDeque<>(); // per open list: {ordered ? 1 : 0, items so far}
    private final Deque<Integer> starts = new ArrayDeque<>(); // where an open link or Outlook paragraph began
    private int preDepth;
    private boolean originalBelow;

    HtmlBlocks(QuotedLines lines) {
        this.lines = lines;
    }

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
        if (!originalBelow && HtmlQuotes.originalBelow(element)) {
            lines.breakAtLeast(2);
            originalBelow = true;
            lines.quoteBegins(); // for the rest of the document
        }
        if (HtmlQuotes.quote(element)) {
            lines.breakAtLeast(2);
            lines.quoteBegins();
        }
        switch (name) {
            case "br" -> lines.lineBreak();
            case "p" -> {
                if (outlook(element)) {
                    lines.breakAtLeast(1);
                    starts.push(lines.length());
                    if (element.className().startsWith("MsoListParagraph")) {
                        lines.marker("- ");
                    }
                } else {
                    lines.breakAtLeast(2);
                }
            }
            case "pre" -> {
                lines.breakAtLeast(2);
                preDepth++;
            }
            case "hr" -> {
                lines.breakAtLeast(2);
                lines.write("---");
            }
            case "ul", "ol" -> {
                lines.breakAtLeast(lists.isEmpty() ? 2 : 1);
                lists.push(new int[]{name.equals("ol") ? 1 : 0, 0});
            }
            case "li" -> {
                lines.breakAtLeast(1);
                int[] list = lists.isEmpty() ? new int[]{0, 0} : lists.peek();
                list[1]++;
                String indent = "  ".repeat(Math.max(0, lists.size() - 1));
                lines.marker(indent + (list[0] == 1 ? list[1] + ". " : "- "));
            }
            case "a" -> starts.push(lines.length());
            case "td", "th" -> {
                if (element.elementSiblingIndex() > 0) {
                    text(" ");
                }
            }
            default -> block(name);
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (!(node instanceof Element element)) {
            return;
        }
        String name = element.normalName();
        if (HtmlQuotes.quote(element)) {
            lines.quoteEnds();
            lines.breakAtLeast(2);
        }
        switch (name) {
            case "p" -> {
                if (outlook(element)) {
                    boolean empty = starts.isEmpty() || starts.pop() == lines.length();
                    // Outlook writes a blank line as an empty paragraph
                    lines.breakAtLeast(empty && lines.length() > 0 ? 2 : 1);
                } else {
                    lines.breakAtLeast(2);
                }
            }
            case "pre" -> {
                preDepth--;
                lines.breakAtLeast(2);
            }
            case "ul", "ol" -> {
                if (!lists.isEmpty()) {
                    lists.pop();
                }
                lines.breakAtLeast(lists.isEmpty() ? 2 : 1);
            }
            case "a" -> {
                if (!starts.isEmpty()) {
                    lines.write(LinkAddress.after(element, lines.since(starts.pop())));
                }
            }
            default -> block(name);
        }
    }

    private void text(String raw) {
        if (preDepth > 0) {
            lines.preformatted(raw);
        } else {
            lines.text(raw);
        }
    }

    /** A paragraph-like block stands apart by a blank line, a line-like one on a line of its own. */
    private void block(String name) {
        if (PARAGRAPHS.contains(name)) {
            lines.breakAtLeast(2);
        } else if (LINES.contains(name)) {
            lines.breakAtLeast(1);
        }
    }

    private static boolean outlook(Element paragraph) {
        return paragraph.className().startsWith("Mso");
    }
}
