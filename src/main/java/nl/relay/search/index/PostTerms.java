package nl.relay.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.relay.alerts.matching.MatchablePost;
import nl.relay.alerts.query.AlertAnalysis;
import nl.relay.search.query.Lexemes;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;

/**
 * The terms of a post as the alert matcher sees them (the same Lucene document, the same analysis), written
 * as the text of a PostgreSQL {@code tsvector}: every term a lexeme at its Lucene position, counted per field
 * with the same gap between values, so a phrase matches here exactly where it matches an alert.
 */
public final class PostTerms {

    // PostgreSQL counts positions from 1 and keeps them up to 16383.
    private static final int FIRST_POSITION = 1;

    private PostTerms() {
    }

    /** The post's terms, and the {@link Lexemes#age age} term of its id. */
    public static String of(MatchablePost post) {
        String terms = of(post.document());
        String age = Lexemes.quoted(Lexemes.age(post.id()));
        return terms.isEmpty() ? age : terms + " " + age;
    }

    static String of(Document document) {
        Analyzer analyzer = AlertAnalysis.analyzer();
        Map<String, SortedSet<Integer>> positions = new TreeMap<>();
        Map<String, Integer> lastPositionOfField = new TreeMap<>();
        for (IndexableField field : document) {
            String name = field.name();
            Integer last = lastPositionOfField.get(name);
            int position = last == null ? -1 : last + analyzer.getPositionIncrementGap(name);
            try (TokenStream tokens = analyzer.tokenStream(name, field.stringValue())) {
                CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
                PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
                tokens.reset();
                while (tokens.incrementToken()) {
                    position += increment.getPositionIncrement();
                    String lexeme = Lexemes.of(name, term.toString());
                    if (lexeme.length() <= Lexemes.MAX_LENGTH) {
                        positions.computeIfAbsent(lexeme, l -> new TreeSet<>()).add(position + FIRST_POSITION);
                    }
                }
                tokens.end();
                position += increment.getPositionIncrement();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            lastPositionOfField.put(name, Math.max(position, 0));
        }
        StringBuilder vector = new StringBuilder();
        positions.forEach((lexeme, at) -> {
            if (!vector.isEmpty()) {
                vector.append(' ');
            }
            vector.append(Lexemes.quoted(lexeme)).append(':');
            boolean first = true;
            for (int p : at) {
                vector.append(first ? "" : ",").append(p);
                first = false;
            }
        });
        return vector.toString();
    }
}
