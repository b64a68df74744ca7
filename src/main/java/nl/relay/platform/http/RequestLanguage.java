package nl.relay.platform.http;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/**
 * The language to answer a request in, Dutch or English: the signed-in account's preference, else the
 * language chosen with the switch in this browser (a cookie, which choosing "as the browser" in the
 * settings clears), else the browser's Accept-Language, else Dutch.
 */
@RequestScoped
public class RequestLanguage {

    /** The security identity attribute holding the account's chosen language, when it chose one. */
    public static final String PREFERENCE = "relay.language";

    /** The cookie a signed-out visitor's language choice is kept in. */
    public static final String COOKIE = "relay_lang";

    private final HttpHeaders headers;
    private final SecurityIdentity identity;
    private String code;

    RequestLanguage(HttpHeaders headers, SecurityIdentity identity) {
        this.headers = headers;
        this.identity = identity;
    }

    /** "nl" or "en", for {@code <html lang>} and the message bundles. */
    public String code() {
        if (code == null) {
            code = choose();
        }
        return code;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code());
    }

    public boolean isEnglish() {
        return code().equals("en");
    }

    /** "nl" or "en" when the value names one of them, else null. */
    public static String supported(String value) {
        return "nl".equals(value) || "en".equals(value) ? value : null;
    }

    private String choose() {
        String preference = accountPreference();
        if (preference != null) {
            return preference;
        }
        try {
            Cookie cookie = headers.getCookies().get(COOKIE);
            String chosen = cookie == null ? null : supported(cookie.getValue());
            return chosen != null ? chosen : fromAcceptLanguage();
        } catch (RuntimeException noHttpRequest) {
            // Work done outside an HTTP request (a live stream's delivery) speaks Dutch.
            return "nl";
        }
    }

    private String accountPreference() {
        try {
            return identity.isAnonymous() ? null : supported(identity.getAttribute(PREFERENCE));
        } catch (RuntimeException endedSessionOrNoRequest) {
            return null;
        }
    }

    private String fromAcceptLanguage() {
        try {
            for (Locale locale : headers.getAcceptableLanguages()) {
                String language = locale.getLanguage();
                if (language.equals("nl") || language.equals("en")) {
                    return language;
                }
            }
        } catch (RuntimeException malformedHeader) {
            // An unreadable Accept-Language header falls back to Dutch.
        }
        return "nl";
    }
}
