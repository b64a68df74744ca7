package nl.relay.mailin.reading;

import java.util.ArrayList;
import java.util.List;

/**
 * The text HTML becomes, written line by line: line breaks are owed until the next text arrives (so blocks that end
 * and begin at once make one break), and each line of a quote starts with "> " per level.
 */
final class QuotedLines {

    private final StringBuilder out = new StringBuilder();
    private int owed; // line breaks owed before the next text: 1 a new line, 2 a blank line
    private boolean lineStart = true;
    private boolean afterMarker;
    private int quoteDepth;
    private int owedDepth; // the quote depth of the blank lines owed: the outer one, where a quote begins

    /** Text as HTML shows it: white space collapsed, none at the start of a line. */
    void text(String raw) {
        String text = visible(raw, true);
        if (text.startsWith(" ") && (owed > 0 || lineStart || out.isEmpty() || endsWithSpace())) {
            text = text.substring(1);
        }
        write(text);
    }

    /** Preformatted text: its line breaks kept, tabs as spaces. */
    void preformatted(String raw) {
        String[] lines = visible(raw, false).replace("\r\n", "\n").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                owe(owed + 1);
            }
            write(lines[i].replace('\t', ' '));
        }
    }

    /** A line break ({@code <br>}): a second one in a row makes a blank line. */
    void lineBreak() {
        owe(owed == 0 ? 1 : 2);
    }

    /** A list item's marker: the break before its text is not owed again. */
    void marker(String marker) {
        write(marker);
        afterMarker = true;
    }

    void quoteBegins() {
        quoteDepth++;
    }

    void quoteEnds() {
        quoteDepth--;
    }

    void breakAtLeast(int breaks) {
        if (!afterMarker && breaks > owed) {
            owe(breaks);
        }
    }

    int length() {
        return out.length();
    }

    /** What was written from {@code start} on. */
    String since(int start) {
        return out.substring(start);
    }

    void write(String text) {
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

    private void owe(int breaks) {
        owedDepth = owed == 0 ? quoteDepth : Math.min(owedDepth, quoteDepth);
        owed = Math.min(2, breaks);
    }

    private boolean endsWithSpace() {
        return !out.isEmpty() && out.charAt(out.length() - 1) == ' ';
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
}
