package nl.relay.mailin.reading;

import java.util.List;
import java.util.stream.Collectors;

/** A piece of a mail's body text, and whether it came from HTML. */
record BodyPiece(String text, boolean html) {

    /** The pieces that say something, tidied, as one text with a blank line between them. */
    static String joined(List<BodyPiece> pieces) {
        return pieces.stream().map(BodyPiece::text).filter(t -> !t.isBlank()).map(BodyPiece::tidy)
                .collect(Collectors.joining("\n\n"));
    }

    /** Whether any piece that says something came from HTML. */
    static boolean anyHtml(List<BodyPiece> pieces) {
        return pieces.stream().anyMatch(p -> p.html() && !p.text().isBlank());
    }

    static boolean saySomething(List<BodyPiece> pieces) {
        return pieces.stream().anyMatch(p -> !p.text().isBlank());
    }

    /** Without trailing spaces, leading and trailing blank lines, and with runs of blank lines made one. */
    private static String tidy(String text) {
        return text.replaceAll("[ \t]+\n", "\n").replaceAll("\n{3,}", "\n\n").replaceAll("^\\s*\n", "")
                .stripTrailing();
    }
}
