package nl.relay.mailin.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The new part of a reply by mail. Quoted lines ("> ") go; at the first sign of the quoted mail everything from there
 * on goes: an attribution line ("Op … schreef …:", "On … wrote:", Apple Mail's "… het volgende geschreven:"), also when
 * wrapped over two or three lines; Outlook's header block ("Van: / Verzonden: / Aan: / Onderwerp:", in English too);
 * "-----Oorspronkelijk bericht-----"; a signature after "-- "; a mobile footer ("Verzonden vanaf mijn iPhone").
 * Ordinary sentences that mention writing stay: an attribution must carry a time and end the line with a colon, and be
 * followed by a quote or name an address.
 */
public final class ReplyText {

    /** Longer lines are no attribution (and are not handed to the patterns below). */
    private static final int MAX_ATTRIBUTION = 400;
    private static final String TIME = ".*\\d{1,2}[:.]\\d{2}.*";
    private static final List<Pattern> ATTRIBUTIONS = List.of(
            // Gmail, Thunderbird (nl): "Op di 1 dec. 2026 om 10:12 schreef Anna <anna@x.nl>:"
            Pattern.compile("(?i)^op\\s" + TIME + "\\sschreef\\s.+:$"),
            // Gmail (nl), other order: "Anna <anna@x.nl> schreef op 1 december 2026 om 10:12:"
            Pattern.compile("(?i)^.+\\sschreef\\sop\\s" + TIME + ":$"),
            // Apple Mail (nl): "Op 1 dec 2026, om 10:12 heeft Anna <…> het volgende geschreven:"
            Pattern.compile("(?i)^op\\s" + TIME + "\\sheeft\\s.+\\sgeschreven:$"),
            // Gmail, Apple Mail, Thunderbird (en): "On Tue, Dec 1, 2026 at 10:12 AM Anna <…> wrote:"
            Pattern.compile("(?i)^on\\s" + TIME + "\\swrote:$"),
            Pattern.compile("(?i)^.+\\swrote\\son\\s" + TIME + ":$"),
            // German and French clients of colleagues abroad
            Pattern.compile("(?i)^am\\s" + TIME + "\\sschrieb\\s.+:$"),
            Pattern.compile("(?i)^le\\s" + TIME + "\\sa\\s[ée]crit\\s?:$"));
    /** An attribution line in any language: "… wrote:" directly above the quote. */
    private static final Pattern ANY_ATTRIBUTION = Pattern
            .compile(
                    "(?i)^.*(\\swrote|\\sschreef|\\sgeschreven|\\sschrieb|\\sa [ée]crit|\\sescribi[óo]|\\sscrisse)\\s?:$");
    private static final Pattern ADDRESS = Pattern.compile("\\S+@\\S+\\.\\S+");
    private static final Pattern ORIGINAL_MARKER = Pattern.compile("(?i)^-{2,}\\s*(oorspronkelijk bericht|"
            + "origineel bericht|original message|doorgestuurd bericht|forwarded message|urspr\\S*ngliche nachricht|"
            + "weitergeleitete nachricht|message d'origine)\\s*-{2,}$");
    private static final Pattern MOBILE_FOOTER = Pattern.compile("(?i)^("
            + "(verzonden|verstuurd|sent|gesendet|envoy[ée])\\s(vanaf|vanuit|van|met|via|from|with|von|mit|de|depuis)"
            + "\\s(mijn|my|mein(em)?|mon)\\s[^,;:]{0,40}\\b(iphone|ipad|android|samsung|galaxy|mobiel|mobile|telefoon"
            + "|phone|smartphone|blackberry|huawei|pixel|xiaomi|oneplus|fairphone|tablet|handy)\\b[^,;:]{0,30}"
            + "|(verzonden|sent)\\s(vanuit|from)\\s(mail|outlook)\\s(voor|for)\\s\\S+( \\S+)?"
            + "|(get|download)\\s(outlook|gmail)\\s(for|voor)\\s(ios|android)\\b.*"
            + "|outlook\\svoor\\s(ios|android)\\sdownloaden\\b.*)$");
    private static final Pattern HEADER_FROM = Pattern.compile("(?i)^\\*?(van|from|von|de)\\s?:\\*?\\s.*");
    private static final Pattern HEADER_OTHER = Pattern.compile("(?i)^\\*?(verzonden|sent|datum|date|gesendet|envoy[ée]"
            + "|aan|to|an|[àa]|onderwerp|subject|betreff|objet|cc)\\s?:\\*?(\\s.*)?");
    private static final Pattern SEPARATOR = Pattern.compile("^\\s*[-_=*~]{3,}\\s*$");

    private ReplyText() {
    }

    public static String newPart(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        List<String> lines = List.of(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
        List<String> kept = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (quoted(line)) {
                i++;
                continue;
            }
            if (line.isBlank()) {
                kept.add("");
                i++;
                continue;
            }
            if (endsNewPart(lines, i)) {
                break;
            }
            int attribution = attributionAt(lines, i);
            if (attribution > 0 && !quoteFollows(lines, i + attribution)) {
                break; // the quoted mail follows unmarked: all of it goes
            }
            if (attribution > 0) {
                i += attribution; // its quote goes line by line; an answer below it (bottom-posting) stays
                continue;
            }
            kept.add(line.stripTrailing());
            i++;
        }
        while (!kept.isEmpty() && (kept.getLast().isBlank() || SEPARATOR.matcher(kept.getLast()).matches())) {
            kept.removeLast();
        }
        return collapseBlankLines(kept).strip();
    }

    /** A signature, a mobile footer, a forwarded-original marker or Outlook's header block starts here. */
    private static boolean endsNewPart(List<String> lines, int i) {
        String line = lines.get(i).strip();
        return lines.get(i).equals("-- ") || line.equals("--") || ORIGINAL_MARKER.matcher(line).matches()
                || MOBILE_FOOTER.matcher(line).matches() || headerBlockAt(lines, i);
    }

    /**
     * The number of lines (one to three) of an attribution starting here, 0 when there is none: it ends with a colon,
     * and is followed by a quote or names an address.
     */
    private static int attributionAt(List<String> lines, int i) {
        StringBuilder joined = new StringBuilder();
        for (int n = 0; n < 3 && i + n < lines.size(); n++) {
            String line = lines.get(i + n).strip();
            if (line.isEmpty() || quoted(lines.get(i + n))) {
                return 0;
            }
            joined.append(n == 0 ? "" : " ").append(line);
            String candidate = joined.toString().replace("< ", "<").replace(" >", ">");
            if (candidate.length() > MAX_ATTRIBUTION) {
                return 0;
            }
            if (!candidate.endsWith(":")) {
                continue;
            }
            boolean quoteFollows = quoteFollows(lines, i + n + 1);
            boolean known = ATTRIBUTIONS.stream().anyMatch(p -> p.matcher(candidate).matches());
            if ((known && (quoteFollows || ADDRESS.matcher(candidate).find()))
                    || (quoteFollows && ANY_ATTRIBUTION.matcher(candidate).matches())) {
                return n + 1;
            }
            return 0;
        }
        return 0;
    }

    private static boolean quoteFollows(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return quoted(lines.get(i));
            }
        }
        return false;
    }

    /** Outlook's header block: "Van:" followed within a few lines by at least two of "Verzonden:", "Aan:", "Onderwerp:". */
    private static boolean headerBlockAt(List<String> lines, int i) {
        if (!HEADER_FROM.matcher(lines.get(i).strip()).matches()) {
            return false;
        }
        int others = 0;
        for (int j = i + 1; j < lines.size() && j <= i + 8; j++) {
            if (HEADER_OTHER.matcher(lines.get(j).strip()).matches()) {
                others++;
            }
        }
        return others >= 2;
    }

    private static boolean quoted(String line) {
        return line.startsWith(">");
    }

    private static String collapseBlankLines(List<String> lines) {
        StringBuilder result = new StringBuilder();
        boolean lastBlank = false;
        for (String line : lines) {
            boolean blank = line.isBlank();
            if (blank && lastBlank) {
                continue;
            }
            result.append(blank ? "" : line).append('\n');
            lastBlank = blank;
        }
        return result.toString();
    }
}
