package nl.relay.alerts.query;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A word with an apostrophe is found by what comes before it, as Dutch writes an abbreviation with its
 * ending (ING'ers, tv's, collega's) and English a possessive (Philips's): the word before the apostrophe,
 * with the word written without it stacked on the same position. Expects lower-cased, folded words.
 */
final class ApostropheFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private String joined;
    private State word;

    ApostropheFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (joined != null) {
            restoreState(word);
            term.setEmpty().append(joined);
            position.setPositionIncrement(0);
            joined = null;
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        String written = term.toString();
        int apostrophe = written.indexOf('\'');
        if (apostrophe > 0) {
            word = captureState();
            joined = written.replace("'", "");
            term.setEmpty().append(written, 0, apostrophe);
        } else if (apostrophe == 0) {
            term.setEmpty().append(written.replace("'", ""));
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        joined = null;
        word = null;
    }
}
