package nl.relay.mailin.reading;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** The address a link in a mail's HTML goes to, shown after its text when the text does not already say it. */
final class LinkAddress {

    private static final Pattern QUOTE_MARKS = Pattern.compile("(?m)^(> ?)+");
    private static final Pattern ADDRESS_TEXT = Pattern.compile("(?i)(https?://|www\\.)\\S+|\\S+@\\S+\\.\\S+");
    private static final Pattern ADDRESS_DECORATION = Pattern.compile("^(mailto:|https?://)?(www\\.)?|/$");

    private LinkAddress() {
    }

    /** " (address)" to write after the link's text as {@code shown}; empty when the text says it or it is no address. */
    static String after(Element link, String shown) {
        String text = QUOTE_MARKS.matcher(shown).replaceAll("").strip();
        String href = link.attr("href").strip();
        String lower = href.toLowerCase(Locale.ROOT);
        String address;
        if (lower.startsWith("mailto:")) {
            address = href.substring("mailto:".length()).split("\\?", 2)[0];
        } else if (lower.startsWith("http://") || lower.startsWith("https://")) {
            address = href;
        } else {
            return "";
        }
        if (text.isEmpty() || address.isBlank() || saysAddress(text) || bare(text).equals(bare(address))) {
            return "";
        }
        return " (" + address + ")";
    }

    private static boolean saysAddress(String text) {
        return ADDRESS_TEXT.matcher(text).matches();
    }

    private static String bare(String address) {
        return ADDRESS_DECORATION.matcher(address.toLowerCase(Locale.ROOT).strip()).replaceAll("");
    }
}
