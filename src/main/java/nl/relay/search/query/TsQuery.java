package nl.relay.search.query;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * A parsed alert query written as the text of a PostgreSQL {@code tsquery} with the same meaning over the
 * terms {@link nl.relay.search.index.PostTerms} stores: a term is its lexeme, stacked word forms are one of
 * them, a phrase keeps the exact distance between its terms ({@code <n>}), and a boolean query follows Lucene's
 * rule: the required clauses must all match, the optional ones only count when nothing is required, and no
 * excluded clause may match.
 */
public final class TsQuery {

    private TsQuery() {
    }

    public static String of(Query query) {
        return switch (query) {
            case TermQuery term -> lexeme(term.getTerm());
            case SynonymQuery synonyms -> anyOf(synonyms.getTerms().stream().map(TsQuery::lexeme).toList());
            case PhraseQuery phrase -> phrase(phrase.getTerms(), phrase.getPositions());
            case MultiPhraseQuery phrase -> multiPhrase(phrase);
            case BooleanQuery bool -> bool(bool);
            case BoostQuery boosted -> of(boosted.getQuery());
            case ConstantScoreQuery constant -> of(constant.getQuery());
            case MatchNoDocsQuery none -> Lexemes.quoted(Lexemes.NOTHING);
            default -> throw new IllegalArgumentException("No tsquery for " + query.getClass().getSimpleName());
        };
    }

    /**
     * A looser query the word index can answer quickly, which every post matching the query also matches (so the
     * query itself still decides): phrases as their words without the order, and without the words so common that
     * reading their posts in the index costs more than checking the candidates (de, van, the, of...). Null when
     * nothing looser narrows the search: then the query itself is asked of the index.
     */
    public static String indexable(Query query) {
        String loose = loose(query);
        String exact = of(query);
        return loose == null || loose.equals(exact) ? null : loose;
    }

    private static String loose(Query query) {
        return switch (query) {
            case TermQuery term -> common(term.getTerm()) ? null : lexeme(term.getTerm());
            case SynonymQuery synonyms -> synonyms.getTerms().stream().anyMatch(TsQuery::common)
                    ? null
                    : anyOf(synonyms.getTerms().stream().map(TsQuery::lexeme).toList());
            case PhraseQuery phrase -> allOf(java.util.Arrays.stream(phrase.getTerms())
                    .map(t -> common(t) ? null : lexeme(t)).toList());
            case MultiPhraseQuery phrase -> allOf(java.util.Arrays.stream(phrase.getTermArrays())
                    .map(stacked -> java.util.Arrays.stream(stacked).anyMatch(TsQuery::common)
                            ? null
                            : anyOf(java.util.Arrays.stream(stacked).map(TsQuery::lexeme).toList()))
                    .toList());
            case BooleanQuery bool -> looseBool(bool);
            case BoostQuery boosted -> loose(boosted.getQuery());
            case ConstantScoreQuery constant -> loose(constant.getQuery());
            default -> of(query);
        };
    }

    private static String looseBool(BooleanQuery bool) {
        List<String> required = new ArrayList<>();
        List<String> optional = new ArrayList<>();
        boolean anyOptionalOpen = false;
        boolean anyRequired = false;
        for (BooleanClause clause : bool.clauses()) {
            String part = loose(clause.query());
            switch (clause.occur()) {
                case MUST, FILTER -> {
                    anyRequired = true;
                    if (part != null) {
                        required.add(part);
                    }
                }
                case SHOULD -> {
                    if (part == null) {
                        anyOptionalOpen = true;
                    } else {
                        optional.add(part);
                    }
                }
                case MUST_NOT -> {
                    // An exclusion narrows nothing the index can use; the query itself applies it.
                }
            }
        }
        if (!anyRequired && !optional.isEmpty() && !anyOptionalOpen) {
            required.add(anyOf(optional));
        }
        return allOf(required);
    }

    private static String allOf(List<String> parts) {
        List<String> kept = parts.stream().filter(part -> part != null).toList();
        if (kept.isEmpty()) {
            return null;
        }
        return kept.size() == 1 ? kept.getFirst() : "(" + String.join(" & ", kept) + ")";
    }

    /** Words in a large share of Dutch and English posts: the index is not asked for them alone. */
    private static final java.util.Set<String> COMMON = java.util.Set.of("de", "het", "een", "en", "van", "in",
            "op", "te", "voor", "met", "aan", "bij", "is", "dat", "die", "er", "niet", "om", "ook", "als", "naar",
            "we", "wij", "je", "ik", "the", "of", "and", "a", "an", "to", "for", "on", "at", "with", "you");

    private static boolean common(Term term) {
        return COMMON.contains(term.text());
    }

    private static String lexeme(Term term) {
        return Lexemes.quoted(Lexemes.of(term.field(), term.text()));
    }

    private static String phrase(Term[] terms, int[] positions) {
        List<String> words = new ArrayList<>();
        for (Term term : terms) {
            words.add(lexeme(term));
        }
        return followedBy(words, positions);
    }

    private static String multiPhrase(MultiPhraseQuery phrase) {
        List<String> words = new ArrayList<>();
        for (Term[] stacked : phrase.getTermArrays()) {
            words.add(anyOf(java.util.Arrays.stream(stacked).map(TsQuery::lexeme).toList()));
        }
        return followedBy(words, phrase.getPositions());
    }

    private static String followedBy(List<String> words, int[] positions) {
        if (words.isEmpty()) {
            return Lexemes.quoted(Lexemes.NOTHING);
        }
        StringBuilder text = new StringBuilder("(").append(words.getFirst());
        for (int i = 1; i < words.size(); i++) {
            text.append(" <").append(positions[i] - positions[i - 1]).append("> ").append(words.get(i));
        }
        return text.append(')').toString();
    }

    private static String bool(BooleanQuery bool) {
        if (bool.getMinimumNumberShouldMatch() > 1) {
            throw new IllegalArgumentException("No tsquery for a minimum of optional clauses to match");
        }
        List<String> required = new ArrayList<>();
        List<String> optional = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        for (BooleanClause clause : bool.clauses()) {
            String part = of(clause.query());
            switch (clause.occur()) {
                case MUST, FILTER -> required.add(part);
                case SHOULD -> optional.add(part);
                case MUST_NOT -> excluded.add(part);
            }
        }
        List<String> all = new ArrayList<>(required);
        if (!optional.isEmpty() && (required.isEmpty() || bool.getMinimumNumberShouldMatch() > 0)) {
            all.add(anyOf(optional));
        }
        if (all.isEmpty()) {
            // Lucene matches nothing with only exclusions; the parser refuses such a query before it gets here.
            return Lexemes.quoted(Lexemes.NOTHING);
        }
        excluded.forEach(part -> all.add("!" + part));
        return all.size() == 1 ? all.getFirst() : "(" + String.join(" & ", all) + ")";
    }

    private static String anyOf(List<String> parts) {
        return parts.size() == 1 ? parts.getFirst() : "(" + String.join(" | ", parts) + ")";
    }
}
