package nl.relay.mailin.reading;

import java.util.Locale;
import java.util.Set;

/**
 * Guesses whether a mail is Dutch or English: the Content-Language header when it says so, else a count of common words
 * of either language in the subject and the new part of the text. Dutch when in doubt.
 */
final class LanguageGuess {

    static final Locale DUTCH = Locale.of("nl");

    /** Frequent words of one language that are no words (or rare ones) in the other. */
    private static final Set<String> DUTCH_WORDS = Set.of("de", "het", "een", "en", "van", "ik", "je", "jij", "dat",
            "die", "niet", "op", "te", "voor", "met", "zijn", "er", "maar", "om", "ook", "bij", "nog", "wel", "naar",
            "kan", "wat", "dan", "hij", "zij", "wij", "u", "aan", "uit", "heb", "hebt", "heeft", "geen", "dit", "deze",
            "mijn", "jouw", "ons", "onze", "worden", "wordt", "zou", "moet", "kunnen", "graag", "bedankt", "groet",
            "vriendelijke", "morgen", "vandaag", "hoi", "beste", "ben", "bent", "al", "nu", "hier", "daar", "waar",
            "omdat", "als", "ze", "hoe", "zo", "mee");
    private static final Set<String> ENGLISH_WORDS = Set.of("the", "and", "of", "to", "a", "it", "you", "that", "for",
            "on", "with", "this", "be", "are", "have", "has", "not", "but", "at", "from", "i", "my", "your", "will",
            "can", "if", "or", "an", "do", "would", "about", "there", "what", "they", "our", "thanks", "thank",
            "regards", "please", "tomorrow", "today", "hi", "dear", "am", "just", "here", "where", "because",
            "how", "should", "could", "been", "which", "their", "by", "all", "we're", "i'm");

    private LanguageGuess() {
    }

    static Locale of(String contentLanguage, String subject, String text) {
        if (contentLanguage != null) {
            String primary = contentLanguage.split("[,;]", 2)[0].strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
            if (primary.equals("nl")) {
                return DUTCH;
            }
            if (primary.equals("en")) {
                return Locale.ENGLISH;
            }
        }
        String newPart = ReplyText.newPart(text);
        String words = subject + "\n" + (newPart.isBlank() ? text : newPart);
        int dutch = 0;
        int english = 0;
        for (String word : words.toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
            if (DUTCH_WORDS.contains(word)) {
                dutch++;
            } else if (ENGLISH_WORDS.contains(word)) {
                english++;
            }
        }
        return english > dutch ? Locale.ENGLISH : DUTCH;
    }
}
