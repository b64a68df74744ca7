package nl.relay.privacy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.relay.platform.database.NativeSql;
import nl.relay.platform.text.TextFolding;
import nl.relay.recruitment.candidates.PersonKeys;

/**
 * What identifies one person in free text, and how to take it out: the names as written (in any case, with or
 * without accents, spaces, hyphens or none: "Jan de Vries", "JAN DE VRIES", "#JanDeVries"), the emails (any case)
 * and the phones in the forms people write them (+31 6 12345678, +31 (0)6-1234 5678, 0031612345678, 06-12345678,
 * 06 12 34 56 78, 0612345678). The one rule for where a person is named in text: the access request finds with it
 * what the erasure and retention take out with it. Each occurrence becomes {@link #MARKER}. Never logged, never
 * stored.
 */
public final class PersonIdentifiers implements UnaryOperator<String> {

    /** What an erased identifier becomes in text. */
    public static final String MARKER = "[gewist]";

    /** What retention leaves where a person's details were. */
    public static final String ANONYMISED = "[anonymised]";

    /** What erasure and retention leave where a name was: never a name themselves. */
    static final Set<String> MARKERS = Set.of(MARKER, ANONYMISED);

    /**
     * Letters that fold to more than one letter ({@link TextFolding}), replaced before {@link #FOLD_FROM} is
     * translated: pairs of what is written and what it folds to.
     */
    private static final String[][] FOLD_WIDE = {{"ß", "ss"}, {"ẞ", "ss"}, {"æ", "ae"}, {"Æ", "ae"}, {"œ", "oe"},
            {"Œ", "oe"}, {"þ", "th"}, {"Þ", "th"}, {"ĳ", "ij"}, {"Ĳ", "ij"}};

    /** Letters (Latin, Greek, Cyrillic) that fold to one other letter, and combining marks (which go). */
    private static final String FOLD_FROM;

    /** What each of {@link #FOLD_FROM} becomes; shorter, so the marks at its end are deleted. */
    private static final String FOLD_TO;

    static {
        StringBuilder from = new StringBuilder();
        StringBuilder to = new StringBuilder();
        int[][] ranges = {{'A', 'Z'}, {0xC0, 0x24F}, {0x370, 0x3FF}, {0x400, 0x4FF}, {0x1E00, 0x1EFF}};
        for (int[] range : ranges) {
            for (int c = range[0]; c <= range[1]; c++) {
                if (!Character.isLetter(c)) {
                    continue;
                }
                String letter = new String(Character.toChars(c));
                String folded = TextFolding.fold(letter);
                if (folded.length() == 1 && !folded.equals(letter) && folded.charAt(0) != '\'') {
                    from.append(letter);
                    to.append(folded);
                }
            }
        }
        for (int c = 0x300; c <= 0x36F; c++) {
            from.append((char) c);
        }
        FOLD_FROM = from.toString();
        FOLD_TO = to.toString();
    }

    private static final String SEPARATORS = "[\\s.\\-/()]*";
    private static final String NOT_WORD_BEFORE = "(?<![\\p{L}\\p{N}])";
    private static final String NOT_WORD_AFTER = "(?![\\p{L}\\p{N}])";

    private final List<Pattern> emails;
    private final List<Pattern> phones;
    /** Matched against the folded text (lower case, no accents), then mapped back onto the text as written. */
    private final List<Pattern> names;
    private final List<String> likes;
    private final List<String> digits;
    private final List<String> folds;

    private PersonIdentifiers(List<Pattern> emails, List<Pattern> phones, List<Pattern> names, List<String> likes,
            List<String> digits, List<String> folds) {
        this.emails = emails;
        this.phones = phones;
        this.names = names;
        this.likes = likes;
        this.digits = digits;
        this.folds = folds;
    }

    /** From names as written, emails and phones as normalised keys (see {@link #phoneKey}). */
    public static PersonIdentifiers of(Collection<String> names, Collection<String> emails,
            Collection<String> phoneKeys) {
        List<Pattern> emailPatterns = new ArrayList<>();
        List<Pattern> phonePatterns = new ArrayList<>();
        List<Pattern> namePatterns = new ArrayList<>();
        Set<String> likes = new LinkedHashSet<>();
        Set<String> digits = new LinkedHashSet<>();
        Set<String> folds = new LinkedHashSet<>();
        for (String email : new LinkedHashSet<>(emails)) {
            if (email != null && !email.isBlank()) {
                String key = email.strip().toLowerCase(Locale.ROOT);
                emailPatterns.add(Pattern.compile(Pattern.quote(key), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
                likes.add("%" + key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
        }
        for (String phone : new LinkedHashSet<>(phoneKeys)) {
            String national = national(phone);
            if (national != null) {
                phonePatterns.add(phonePattern(phone, national));
                digits.add("%" + national + "%");
            }
        }
        for (String name : new LinkedHashSet<>(names)) {
            List<String> words = words(name);
            if (!words.isEmpty() && !isMarker(name)) {
                namePatterns.add(Pattern.compile(NOT_WORD_BEFORE + words.stream().map(Pattern::quote)
                        .collect(Collectors.joining("[^\\p{L}\\p{N}]{0,3}")) + NOT_WORD_AFTER));
                String longest = words.stream().max((a, b) -> a.length() - b.length()).orElseThrow();
                // found in the folded text (see folded): any letter may carry an accent in the text and not in the
                // name, or the other way round
                folds.add("%" + longest + "%");
            }
        }
        return new PersonIdentifiers(List.copyOf(emailPatterns), List.copyOf(phonePatterns), List.copyOf(namePatterns),
                List.copyOf(likes), List.copyOf(digits), List.copyOf(folds));
    }

    /** Whether a name is only what erasure or retention left (then it identifies no one). */
    public static boolean isMarker(String name) {
        return name != null && MARKERS.contains(name.strip());
    }

    /**
     * The column folded in SQL as {@link TextFolding} folds in Java (lower case, no accents, ß as ss), whatever the
     * database's collation: the letters are translated one by one, never left to lower() alone.
     */
    public static String folded(String column) {
        String wide = column;
        for (String[] pair : FOLD_WIDE) {
            wide = "replace(" + wide + ", '" + pair[0] + "', '" + pair[1] + "')";
        }
        return "lower(translate(" + wide + ", '" + FOLD_FROM + "', '" + FOLD_TO + "'))";
    }

    public boolean isEmpty() {
        return emails.isEmpty() && phones.isEmpty() && names.isEmpty();
    }

    /** The text with every identifier replaced by the marker; the same text (same instance) when none occurs. */
    @Override
    public String apply(String text) {
        return replace(text, MARKER);
    }

    /** The text with every identifier replaced by {@code marker}. */
    public String replace(String text, String marker) {
        if (text == null || isEmpty()) {
            return text;
        }
        String result = text;
        for (Pattern email : emails) {
            result = email.matcher(result).replaceAll(Matcher.quoteReplacement(marker));
        }
        for (Pattern phone : phones) {
            result = phone.matcher(result).replaceAll(Matcher.quoteReplacement(marker));
        }
        for (Pattern name : names) {
            result = replaceFolded(result, name, marker);
        }
        return result.equals(text) ? text : result;
    }

    /**
     * A condition on a text column that holds for every row where an identifier may occur (and some where none
     * does): the rows {@link #apply} is then run on. Binds {@code :likes}, {@code :folds} and {@code :digits}
     * ({@link #likePatterns}, {@link #foldPatterns}, {@link #digitPatterns}).
     */
    public static String mayOccurIn(String column) {
        return "(lower(" + column + ") like any(cast(:likes as text[])) or " + folded(column)
                + " like any(cast(:folds as text[])) or regexp_replace(" + column
                + ", '[^0-9]', '', 'g') like any(cast(:digits as text[])))";
    }

    /** Binds what {@link #mayOccurIn} asks for. */
    public NativeSql bindPatterns(NativeSql query) {
        return query.bind("likes", likePatterns()).bind("folds", foldPatterns()).bind("digits", digitPatterns());
    }

    /** Whether the text names the person. */
    public boolean foundIn(String text) {
        return firstPlace(text) >= 0;
    }

    /** Where in the text (as written) the person is first named; -1 when nowhere. */
    public int firstPlace(String text) {
        if (text == null || isEmpty()) {
            return -1;
        }
        int first = -1;
        for (Pattern pattern : emails) {
            first = earliest(first, pattern.matcher(text));
        }
        for (Pattern pattern : phones) {
            first = earliest(first, pattern.matcher(text));
        }
        if (!names.isEmpty()) {
            FoldedText folded = FoldedText.of(text);
            for (Pattern pattern : names) {
                Matcher matcher = pattern.matcher(folded.text());
                if (matcher.find()) {
                    int at = folded.origin()[matcher.start()];
                    first = first < 0 ? at : Math.min(first, at);
                }
            }
        }
        return first;
    }

    private static int earliest(int first, Matcher matcher) {
        if (!matcher.find()) {
            return first;
        }
        return first < 0 ? matcher.start() : Math.min(first, matcher.start());
    }

    /** The longest word of each name, folded, as a like pattern on {@link #folded} text. */
    public String[] foldPatterns() {
        return folds.toArray(String[]::new);
    }

    public String[] likePatterns() {
        return likes.toArray(String[]::new);
    }

    public String[] digitPatterns() {
        return digits.toArray(String[]::new);
    }

    /** The key a phone is found by, as recruitment keeps it ({@link PersonKeys#phone}); null for none. */
    public static String phoneKey(String phone) {
        return phone == null || phone.isBlank() ? null : PersonKeys.phone(phone);
    }

    /** The digits a number is written with after its country or trunk prefix, or null when too short to be one. */
    private static String national(String key) {
        if (key == null) {
            return null;
        }
        String national = key.startsWith("+310")
                ? key.substring(4)
                : key.startsWith("+31") ? key.substring(3) : key.replace("+", "");
        return national.length() >= 8 && national.chars().allMatch(Character::isDigit) ? national : null;
    }

    private static Pattern phonePattern(String key, String national) {
        String number = national.chars().mapToObj(c -> String.valueOf((char) c))
                .collect(Collectors.joining(SEPARATORS));
        String trunk = "(?:\\(0\\)" + SEPARATORS + ")?";
        String prefix = key.startsWith("+31")
                ? "(?:\\+" + SEPARATORS + "31" + SEPARATORS + trunk + "|00" + SEPARATORS + "31" + SEPARATORS + trunk
                        + "|\\(0(?=[0-9]{1,3}\\))|0" + SEPARATORS + ")?"
                : "(?:\\+" + SEPARATORS + "|00" + SEPARATORS + ")?";
        return Pattern.compile("(?<![\\p{L}\\p{N}+])" + prefix + number + "(?![0-9])");
    }

    private static List<String> words(String name) {
        if (name == null) {
            return List.of();
        }
        List<String> words = new ArrayList<>();
        for (String word : TextFolding.fold(name).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** Finds the name in the folded text and replaces the same stretch of the text as written. */
    private static String replaceFolded(String text, Pattern name, String marker) {
        FoldedText folded = FoldedText.of(text);
        int[] origin = folded.origin();
        Matcher matcher = name.matcher(folded.text());
        StringBuilder result = new StringBuilder(text.length());
        int written = 0;
        while (matcher.find()) {
            int start = origin[matcher.start()];
            int end = origin[matcher.end()];
            if (start < written) {
                continue;
            }
            result.append(text, written, start).append(marker);
            written = end;
        }
        if (written == 0 && result.isEmpty()) {
            return text;
        }
        return result.append(text, written, text.length()).toString();
    }

    /** A text folded ({@link TextFolding}) letter by letter, with where each folded character came from. */
    private record FoldedText(String text, int[] origin) {

        static FoldedText of(String text) {
            StringBuilder folded = new StringBuilder(text.length());
            int[] origin = new int[text.length() * 3 + 1];
            for (int i = 0; i < text.length();) {
                int codePoint = text.codePointAt(i);
                String part = TextFolding.fold(new String(Character.toChars(codePoint)));
                for (int j = 0; j < part.length(); j++) {
                    if (folded.length() + 1 >= origin.length) {
                        origin = java.util.Arrays.copyOf(origin, origin.length * 2);
                    }
                    origin[folded.length()] = i;
                    folded.append(part.charAt(j));
                }
                i += Character.charCount(codePoint);
            }
            origin[folded.length()] = text.length();
            return new FoldedText(folded.toString(), origin);
        }
    }
}
