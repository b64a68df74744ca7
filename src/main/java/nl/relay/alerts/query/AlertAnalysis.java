package nl.relay.alerts.query;

import java.io.Reader;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.TrimFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/** The one analysis of post fields shared by the alert index and the alert query parser, so both see the same terms. */
public final class AlertAnalysis {

    public static final String TEXT = "text";
    public static final String CLIENT = "client";
    public static final String SECTOR = "sector";
    public static final String KIND = "kind";
    public static final String AUTHOR = "author";
    public static final String TOPIC = "topic";
    public static final String GROUP = "group";
    /** A candidate's or vacancy's skill, matched as a whole ({@code skill:java} is not "java ee"). */
    public static final String SKILL = "skill";
    /** A candidate's or vacancy's region: its code and names and its province's, each matched as a whole. */
    public static final String REGION = "region";
    /** A candidate's or vacancy's status, by its API name or Dutch word. */
    public static final String STATUS = "status";
    /** A client signal's type, by its API name or Dutch word. */
    public static final String SIGNAL = "signal";

    // Far enough apart that no phrase or proximity query a person writes spans two values of one field.
    private static final int GAP_BETWEEN_VALUES = 100;

    // The tokenizer drops punctuation, so a sentence end is first written as this word, then removed.
    private static final String SENTENCE_END_WORD = "relaysentenceend";
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;])\\s+");
    private static final CharArraySet SENTENCE_MARK = new CharArraySet(List.of(SENTENCE_END_WORD), false);

    private static final Analyzer ANALYZER = new PerFieldAnalyzerWrapper(new Words(),
            Map.of(KIND, new Exact(false), AUTHOR, new Exact(false), TOPIC, new Exact(true), SKILL, new Exact(false),
                    REGION, new Exact(false), STATUS, new Exact(false), SIGNAL, new Exact(false)));

    private AlertAnalysis() {
    }

    /** Thread-safe; used as is by the index and the query parser, never closed. */
    public static Analyzer analyzer() {
        return ANALYZER;
    }

    /** Free text: whole words, with every word form of both languages a post may mix stacked on one position. */
    private static final class Words extends Analyzer {

        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer words = new StandardTokenizer();
            TokenStream sentences = new StopFilter(normalise(words), SENTENCE_MARK);
            return new TokenStreamComponents(words, new DutchEnglishStemFilter(new ApostropheFilter(sentences)));
        }

        // A sentence end leaves a gap of one position, so "goede raad. Van bestuur" is no "raad van bestuur".
        @Override
        protected Reader initReader(String field, Reader reader) {
            return new PatternReplaceCharFilter(SENTENCE_END, " " + SENTENCE_END_WORD + " ", reader);
        }

        // Wildcard and fuzzy terms are not analysed, only normalised; they then meet the words as written.
        @Override
        protected TokenStream normalize(String field, TokenStream in) {
            return normalise(in);
        }

        @Override
        public int getPositionIncrementGap(String field) {
            return GAP_BETWEEN_VALUES;
        }
    }

    /** A name or label: the whole value is one term, so it matches only as a whole. */
    private static final class Exact extends Analyzer {

        // A topic is stored without its '#' but people type it with one.
        private static final Pattern LEADING_HASH = Pattern.compile("^#\\s*");

        private final boolean topic;

        Exact(boolean topic) {
            this.topic = topic;
        }

        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer value = new KeywordTokenizer();
            TokenStream stream = normalise(new TrimFilter(value));
            if (topic) {
                stream = new PatternReplaceFilter(stream, LEADING_HASH, "", false);
            }
            return new TokenStreamComponents(value, stream);
        }

        @Override
        protected TokenStream normalize(String field, TokenStream in) {
            return normalise(in);
        }

        @Override
        public int getPositionIncrementGap(String field) {
            return GAP_BETWEEN_VALUES;
        }
    }

    private static TokenStream normalise(TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}
