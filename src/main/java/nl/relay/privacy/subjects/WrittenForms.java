package nl.relay.privacy.subjects;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.relay.platform.text.TextFolding;
import nl.relay.recruitment.candidates.PersonKeys;

/**
 * How a person's name, e-mail and phone are written in a text: the name's words in order whatever the case,
 * accents and punctuation between them ("Sanne de Vries", "sanne DE vries"), the address in any case, the number
 * in any notation (06-12345678, +31 6 1234 5678, 0031612345678), as {@link PersonKeys#names} decides. Also says
 * where in a text the first of them is, for an excerpt.
 */
record WrittenForms(List<String> names, List<String> emails, List<String> phones) {

    /** Characters an excerpt shows on either side of what names the person. */
    private static final int CONTEXT = 100;

    /** Whether the text names the person. */
    boolean foundIn(String text) {
        return names.stream().anyMatch(name -> PersonKeys.names(text, name, null, null))
                || emails.stream().anyMatch(email -> PersonKeys.names(text, null, email, null))
                || phones.stream().anyMatch(phone -> PersonKeys.names(text, null, null, phone));
    }

    /** The longest folded word of a name: a text that names the person contains it. */
    static String longestWord(String name) {
        return Arrays.stream(PersonKeys.words(name)).max(Comparator.comparingInt(String::length)).orElse("");
    }

    /** The digits a written number contains whatever its notation: without the country code for Dutch numbers. */
    static String nationalDigits(String phoneKey) {
        return phoneKey.startsWith("+31") ? phoneKey.substring(3) : phoneKey.replace("+", "");
    }

    /** The passage of the text around the first place that names the person; the whole text when short. */
    String excerpt(String text) {
        if (text.length() <= 2 * CONTEXT) {
            return text;
        }
        int at = firstPlace(text).orElse(0);
        int start = Math.max(0, at - CONTEXT);
        int end = Math.min(text.length(), at + CONTEXT);
        return (start > 0 ? "…" : "") + text.substring(start, end).strip() + (end < text.length() ? "…" : "");
    }

    private Optional<Integer> firstPlace(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        String folded = TextFolding.fold(text);
        return java.util.stream.Stream.of(
                emails.stream().map(email -> lower.indexOf(email)),
                phones.stream().map(phone -> find(digitsAnyNotation(nationalDigits(phone)), text)),
                names.stream().map(name -> find(wordsInOrder(name), folded)))
                .flatMap(s -> s).filter(i -> i >= 0).min(Integer::compare);
    }

    private static int find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.start() : -1;
    }

    private static Pattern digitsAnyNotation(String digits) {
        return Pattern.compile(digits.chars().mapToObj(c -> String.valueOf((char) c))
                .collect(Collectors.joining("[^0-9]{0,3}")));
    }

    private static Pattern wordsInOrder(String name) {
        return Pattern.compile(Arrays.stream(PersonKeys.words(name)).map(Pattern::quote)
                .collect(Collectors.joining("[^\\p{L}\\p{N}]+")));
    }

    /** Never the person's details in a log line. */
    @Override
    public String toString() {
        return "WrittenForms[hidden]";
    }
}
