package nl.relay.search.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.relay.alerts.query.AlertAnalysis;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Short passages of a post's current text with the words a search found marked: the text is run through the
 * alert analysis, so "kandidaten" is marked for a search on "kandidaat", exactly where the search matched a word
 * form. The passages are HTML in which only the {@code <mark>} elements are markup: every character of the
 * post is escaped.
 */
public final class Highlights {

    static final int PASSAGE = 160;
    static final int CONTEXT_BEFORE = 50;
    static final int MAX_PASSAGES = 3;

    private Highlights() {
    }

    /** A passage of text: plain and marked pieces in order, with an ellipsis where the text goes on. */
    public record Passage(List<Piece> pieces) {

        /** The passage as HTML in which only {@code <mark>} is markup: every character of the post escaped. */
        public String html() {
            StringBuilder html = new StringBuilder();
            for (Piece piece : pieces) {
                html.append(piece.marked() ? "<mark>" + escape(piece.text()) + "</mark>" : escape(piece.text()));
            }
            return html.toString();
        }
    }

    /** Text as written, marked when it is a word the search found. */
    public record Piece(String text, boolean marked) {
    }

    /** At most three passages around the words found; the opening of the text when none is in it. */
    public static List<Passage> passages(String body, Set<String> wordsSought) {
        if (body == null || body.isEmpty()) {
            return List.of();
        }
        List<int[]> marks = marks(body, wordsSought);
        List<Passage> passages = new ArrayList<>();
        int next = 0;
        while (next < marks.size() && passages.size() < MAX_PASSAGES) {
            int start = wordStart(body, Math.max(0, marks.get(next)[0] - CONTEXT_BEFORE));
            int end = wordEnd(body, Math.min(body.length(), start + PASSAGE));
            List<Piece> pieces = new ArrayList<>();
            int at = start;
            String before = start > 0 ? "…" : "";
            while (next < marks.size() && marks.get(next)[0] < end) {
                int[] mark = marks.get(next++);
                int markEnd = Math.min(mark[1], end);
                pieces.add(new Piece(before + body.substring(at, mark[0]), false));
                pieces.add(new Piece(body.substring(mark[0], markEnd), true));
                before = "";
                at = markEnd;
            }
            pieces.add(new Piece(body.substring(at, end) + (end < body.length() ? "…" : ""), false));
            passages.add(new Passage(pieces.stream().filter(p -> !p.text().isEmpty()).toList()));
        }
        if (passages.isEmpty()) {
            int end = wordEnd(body, Math.min(body.length(), PASSAGE));
            passages.add(new Passage(List.of(new Piece(body.substring(0, end) + (end < body.length() ? "…" : ""),
                    false))));
        }
        return passages;
    }

    /** The start and end offsets of each word of the text whose analysed forms include one sought, in order. */
    private static List<int[]> marks(String body, Set<String> wordsSought) {
        List<int[]> marks = new ArrayList<>();
        if (wordsSought.isEmpty()) {
            return marks;
        }
        try (TokenStream tokens = AlertAnalysis.analyzer().tokenStream(AlertAnalysis.TEXT, body)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                if (!wordsSought.contains(term.toString())) {
                    continue;
                }
                int start = offset.startOffset();
                int end = Math.min(offset.endOffset(), body.length());
                int[] last = marks.isEmpty() ? null : marks.getLast();
                if (last != null && start < last[1]) {
                    last[1] = Math.max(last[1], end); // another form of the same word
                } else if (start < end) {
                    marks.add(new int[]{start, end});
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return marks;
    }

    private static int wordStart(String text, int at) {
        if (at == 0) {
            return 0;
        }
        if (Character.isLowSurrogate(text.charAt(at))) {
            at--;
        }
        int space = text.lastIndexOf(' ', at);
        return space < 0 || at - space > 20 ? at : space + 1;
    }

    private static int wordEnd(String text, int at) {
        if (at >= text.length()) {
            return text.length();
        }
        int space = text.indexOf(' ', at);
        if (space < 0 || space - at > 20) {
            return Character.isLowSurrogate(text.charAt(at)) ? at + 1 : at;
        }
        return space;
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
