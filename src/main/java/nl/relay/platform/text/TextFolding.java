package nl.relay.platform.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds text for searching: lower case, accents removed ("Zoë" and "ZOE" both become "zoe"). */
public final class TextFolding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private TextFolding() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String folded = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        // Letters that carry no separate accent mark: "Ørsted" is found as "orsted".
        return folded.replace("ø", "o").replace("æ", "ae").replace("œ", "oe").replace("ł", "l").replace("đ", "d")
                .replace("ß", "ss").replace("þ", "th").replace("ı", "i");
    }
}
