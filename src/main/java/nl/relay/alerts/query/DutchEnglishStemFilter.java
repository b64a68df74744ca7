package nl.relay.alerts.query;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * Keeps each word and stacks its Dutch stem and its singular on the same position, so that one form of a word finds
 * the others in posts that mix Dutch and English. Expects lower-cased, accent-folded words.
 */
final class DutchEnglishStemFilter extends TokenFilter {

    // Their -s is no plural, and without it they are a far more common other word (kan, new, nieuw).
    private static final Set<String> KEPT_AS_WRITTEN = Set.of("kans", "news", "nieuws");

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final DutchStemmer dutch = new DutchStemmer();
    private final Deque<String> pending = new ArrayDeque<>();
    private State word;

    DutchEnglishStemFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            restoreState(word);
            term.setEmpty().append(pending.pop());
            position.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        String written = term.toString();
        if (!KEPT_AS_WRITTEN.contains(written)) {
            Set<String> forms = new LinkedHashSet<>();
            addDutchStem(written, forms);
            addSingular(written, forms);
            forms.remove(written);
            if (!forms.isEmpty()) {
                pending.addAll(forms);
                word = captureState();
            }
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
    }

    private void addDutchStem(String written, Set<String> forms) {
        dutch.setCurrent(written);
        dutch.stem();
        String snowball = dutch.getCurrent();
        String stem = withDoubleVowelAsWritten(written, snowball);
        // English date, note and site are no inflected dat, not and sit; Dutch adjectives that lose an -e are longer.
        if (stem.isEmpty() || stem.equals(written) || written.equals(stem + "e") && stem.length() < 4) {
            return;
        }
        // The plural keeps the voiced consonant: bedrijven, huizen; the singular is written bedrijf, huis.
        if (written.endsWith("ven") && stem.endsWith("v")) {
            stem = stem.substring(0, stem.length() - 1) + "f";
        } else if (written.endsWith("zen") && stem.endsWith("z")) {
            stem = stem.substring(0, stem.length() - 1) + "s";
        }
        forms.add(stem);
        // An -e after the stem opens the syllable, which then writes a long vowel single: kandidaten, kandidaat.
        boolean endingStartedWithE = written.length() > snowball.length() && written.startsWith(snowball)
                && written.charAt(snowball.length()) == 'e';
        if (endingStartedWithE && endsInSingleVowelAndConsonant(stem)) {
            int last = stem.length() - 1;
            forms.add(stem.substring(0, last) + stem.charAt(last - 1) + stem.charAt(last));
        }
    }

    // Snowball writes kandidaat as kandidat to meet kandidaten, but it also turns English meet, been and good into
    // Dutch met, ben and god; the plural gets its long vowel back above instead.
    private static String withDoubleVowelAsWritten(String written, String stem) {
        int same = 0;
        while (same < stem.length() && same < written.length() && stem.charAt(same) == written.charAt(same)) {
            same++;
        }
        boolean vowelUndoubled = same > 0 && same < written.length() && isVowel(written.charAt(same))
                && written.charAt(same) == written.charAt(same - 1);
        return vowelUndoubled ? written.substring(0, same + 1) + stem.substring(same) : stem;
    }

    private static boolean endsInSingleVowelAndConsonant(String stem) {
        int n = stem.length();
        return n >= 3 && !isVowel(stem.charAt(n - 1)) && "aeou".indexOf(stem.charAt(n - 2)) >= 0
                && (!isVowel(stem.charAt(n - 3)) || stem.charAt(n - 3) == 'i');
    }

    // Snowball's Dutch removes -s and -en only after a consonant; these plurals follow a vowel.
    private static void addSingular(String written, Set<String> forms) {
        int n = written.length();
        if (written.endsWith("ieen") || written.endsWith("eeen")) {
            forms.add(written.substring(0, n - 2)); // ideeen, strategieen
        } else if (n >= 4 && written.endsWith("s") && "aeo".indexOf(written.charAt(n - 2)) >= 0) {
            forms.add(written.substring(0, n - 1)); // vacatures, collegas, functies, video's
            if (written.endsWith("ies")) {
                forms.add(written.substring(0, n - 3) + "y"); // companies
            }
        }
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
