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

    /** PostgreSQL refuses lexemes of 2 KB and more; no word or name a person writes comes near. */
    public static final int MAX_LENGTH = 500;

    private Lexemes() {
    }

    public static String of(String field, String term) {
        return AlertAnalysis.TEXT.equals(field) ? term : field + "=" + term;
    }

    /** The lexeme quoted for the text form of a tsvector or tsquery: quotes and backslashes doubled. */
    public static String quoted(String lexeme) {
        return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
