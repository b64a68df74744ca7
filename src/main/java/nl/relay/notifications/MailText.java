package nl.relay.notifications;

import io.quarkus.qute.TemplateInstance;
import java.util.Locale;

/** What every Relay email does with text: renders a template in the recipient's language, shortens a post. */
public final class MailText {

    private static final int EXCERPT = 500;

    private MailText() {
    }

    public static String render(TemplateInstance template, Locale locale) {
        return template.setLocale(locale).render();
    }

    /** A post's first 500 characters, for an email. */
    public static String excerpt(String body) {
        if (body == null) {
            return "";
        }
        return body.length() > EXCERPT ? body.substring(0, EXCERPT) + "…" : body;
    }
}
