package nl.relay.search.query;

import nl.relay.alerts.query.AlertAnalysis;

/**
 * How a term of the alert analysis is written as a PostgreSQL lexeme, in the stored terms of a post and in the
 * queries run against them alike: a word of the free text as it is, a term of another field behind the field's
 * name and '=' ({@code client=ing}). The tokenizer never keeps '=' in a word, so the two never meet.
 */
public final class Lexemes {

    /** A lexeme no post has: what a query part that can match nothing becomes. */
    static final String NOTHING = "=nothing";

    /** How many post ids share one {@link #age age} term. */
    public static final long IDS_PER_AGE = 100_000;

    /** PostgreSQL refuses lexemes of 2 KB and more; no word or name a person writes comes near. */
    public static final int MAX_LENGTH = 500;

    private Lexemes() {
    }

    public static String of(String field, String term) {
        return AlertAnalysis.TEXT.equals(field) ? term : field + "=" + term;
    }

    /**
     * The term every post of a stretch of {@value #IDS_PER_AGE} consecutive ids has ({@code =age49}): a search
     * newest first asks the word index for the newest stretches first, so it reads only their posts. Like
     * {@link #NOTHING}, it starts with '=', which no word or field term does.
     */
    public static String age(long postId) {
        return "=age" + postId / IDS_PER_AGE;
    }

    /** The lexeme quoted for the text form of a tsvector or tsquery: quotes and backslashes doubled. */
    public static String quoted(String lexeme) {
        return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
