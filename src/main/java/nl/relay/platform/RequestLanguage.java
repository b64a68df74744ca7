package nl.relay.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/** The language to answer a request in: Dutch or English, from Accept-Language, Dutch by default. */
@RequestScoped
public class RequestLanguage {

    private final HttpHeaders headers;

    RequestLanguage(HttpHeaders headers) {
        this.headers = headers;
    }

    /** "nl" or "en", for {@code <html lang>} and the message bundles. */
    public String code() {
        return isEnglish() ? "en" : "nl";
    }

    public java.util.Locale locale() {
        return java.util.Locale.forLanguageTag(code());
    }

    public boolean isEnglish() {
        try {
            for (Locale locale : headers.getAcceptableLanguages()) {
                String language = locale.getLanguage();
                if (language.equals("nl")) {
                    return false;
                }
                if (language.equals("en")) {
                    return true;
                }
            }
        } catch (RuntimeException malformedHeader) {
            // An unreadable Accept-Language header falls back to Dutch.
        }
        return false;
    }
}
