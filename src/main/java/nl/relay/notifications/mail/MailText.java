package nl.relay.notifications.mail;

/** What every Relay email does with a post's text: shortens it. */
public final class MailText {

    private static final int EXCERPT = 500;

    private MailText() {
    }

    /** A post's first 500 characters, for an email. */
    public static String excerpt(String body) {
        if (body == null) {
            return "";
        }
        return body.length() > EXCERPT ? body.substring(0, EXCERPT) + "…" : body;
    }
}
