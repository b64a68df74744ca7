package nl.relay.alerts.query;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.relay.platform.text.ControlCharacters;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * The alert query language: Lucene's classic query syntax (words, "phrases", AND implied, OR, NOT and
 * -word, parentheses, fields), limited to the fields posts have and to what matches words as people
 * write them: wildcards, fuzzy terms, ranges and regular expressions are refused, as is a query that
 * only excludes. Every field has an English and a Dutch name ({@code client:} and {@code klant:}), which mean exactly
 * the same, and field names ignore case.
 */
public final class AlertQuery {

    public static final int MAX_LENGTH = 1000;
    static final Set<String> FIELDS = Set.of(AlertAnalysis.TEXT, AlertAnalysis.CLIENT, AlertAnalysis.SECTOR,
            AlertAnalysis.KIND, AlertAnalysis.AUTHOR, AlertAnalysis.TOPIC, AlertAnalysis.GROUP, AlertAnalysis.SKILL,
            AlertAnalysis.REGION, AlertAnalysis.STATUS, AlertAnalysis.SIGNAL);
    /** Each field's Dutch name, read as its English name before anything is analysed. */
    static final Map<String, String> DUTCH_FIELDS = Map.ofEntries(Map.entry("klant", AlertAnalysis.CLIENT),
            Map.entry("sector", AlertAnalysis.SECTOR), Map.entry("soort", AlertAnalysis.KIND),
            Map.entry("auteur", AlertAnalysis.AUTHOR), Map.entry("onderwerp", AlertAnalysis.TOPIC),
            Map.entry("groep", AlertAnalysis.GROUP), Map.entry("vaardigheid", AlertAnalysis.SKILL),
            Map.entry("regio", AlertAnalysis.REGION), Map.entry("status", AlertAnalysis.STATUS),
            Map.entry("signaal", AlertAnalysis.SIGNAL));
    private static final Map<String, String> DUTCH_NAMES = Map.ofEntries(Map.entry(AlertAnalysis.CLIENT, "klant"),
            Map.entry(AlertAnalysis.SECTOR, "sector"), Map.entry(AlertAnalysis.KIND, "soort"),
            Map.entry(AlertAnalysis.AUTHOR, "auteur"), Map.entry(AlertAnalysis.TOPIC, "onderwerp"),
            Map.entry(AlertAnalysis.GROUP, "groep"), Map.entry(AlertAnalysis.SKILL, "vaardigheid"),
            Map.entry(AlertAnalysis.REGION, "regio"), Map.entry(AlertAnalysis.STATUS, "status"),
            Map.entry(AlertAnalysis.SIGNAL, "signaal"));
    private static final Pattern BARE_VALUE = Pattern.compile("[\\p{L}\\p{N}_]+");
    private static final Pattern COLUMN = Pattern.compile("column (\\d+)");
    private static final Pattern FIELD = Pattern.compile("(?<![\\p{L}\\p{N}_])([\\p{L}\\p{N}_.-]+):");

    private AlertQuery() {
    }

    /** The query as Lucene runs it; an {@link InvalidAlertQuery} says what is wrong and where. */
    public static Query parse(String text) {
        String query = text == null ? "" : ControlCharacters.clean(text.replaceAll("[\\r\\n\\t]", " "));
        if (query == null) {
            throw new InvalidAlertQuery("must not contain control characters", null);
        }
        query = query.strip();
        if (query.isEmpty()) {
            throw new InvalidAlertQuery("must not be empty: give the words to look for", null);
        }
        if (query.length() > MAX_LENGTH) {
            throw new InvalidAlertQuery("must be at most 1,000 characters", MAX_LENGTH + 1);
        }
        Query parsed;
        try {
            parsed = parser().parse(query);
        } catch (ParseException e) {
            if (e.getCause() instanceof WordsOnlyParser.Refused) {
                throw patternRefused(query);
            }
            throw syntaxError(query, e);
        } catch (RuntimeException e) {
            // What the grammar lets through but Lucene cannot build, such as a boost too large to be a number.
            throw new InvalidAlertQuery("cannot be read as a query: keep to words, \"phrases\", AND, OR, NOT, "
                    + "parentheses and fields", null);
        }
        checkFields(query, parsed);
        checkWordMatching(query, parsed);
        if (!looksForSomething(parsed)) {
            throw new InvalidAlertQuery("looks for nothing: give at least one word to find, not only words to "
                    + "leave out", null);
        }
        return parsed;
    }

    /**
     * The field as the index knows it: an English or Dutch name in any case ({@code Klant}, {@code CLIENT}) is the
     * English name; any other name is kept as written, for the parser to refuse by it.
     */
    static String fieldNamed(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (FIELDS.contains(lower)) {
            return lower;
        }
        return DUTCH_FIELDS.getOrDefault(lower, name);
    }

    /**
     * A query for one value of a field, written with the field's Dutch or English name: {@code klant:"Albert Heijn"},
     * {@code topic:fintech}. A value that is more than one plain word is quoted, its quotes and backslashes escaped.
     */
    public static String forValue(String field, String value, boolean dutch) {
        if (!FIELDS.contains(field) || AlertAnalysis.TEXT.equals(field)) {
            throw new IllegalArgumentException("Not a field: " + field);
        }
        String name = dutch ? DUTCH_NAMES.get(field) : field;
        String plain = value.strip();
        boolean bare = BARE_VALUE.matcher(plain).matches() && !Set.of("AND", "OR", "NOT").contains(plain);
        return name + ":" + (bare ? plain : "\"" + plain.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
    }

    private static QueryParser parser() {
        QueryParser parser = new WordsOnlyParser(AlertAnalysis.TEXT, AlertAnalysis.analyzer());
        parser.setDefaultOperator(QueryParser.Operator.AND);
        // "ICT-bedrijf" is one word to the person typing it: its parts must stand together.
        parser.setSplitOnWhitespace(true);
        parser.setAutoGeneratePhraseQueries(true);
        parser.setAllowLeadingWildcard(false);
        return parser;
    }

    private static InvalidAlertQuery syntaxError(String query, ParseException e) {
        Integer column = null;
        String found = null;
        // The parser wraps the grammar's own exception, which knows the offending token.
        ParseException cause = e.getCause() instanceof ParseException inner ? inner : e;
        if (cause.currentToken != null && cause.currentToken.next != null) {
            // Lucene's character stream counts columns from 0.
            column = cause.currentToken.next.beginColumn + 1;
            found = cause.currentToken.next.image;
        } else if (e.getMessage() != null && !e.getMessage().contains("Encountered: <EOF>")) {
            Matcher matcher = COLUMN.matcher(e.getMessage());
            if (matcher.find()) {
                column = Integer.parseInt(matcher.group(1)) + 1;
                found = column <= query.length() ? query.substring(column - 1, column) : null;
            }
        }
        if (found == null || found.isEmpty()) {
            // The query ended where more was expected: the fault is just after its last character.
            int position = query.length() + 1;
            return new InvalidAlertQuery("is incomplete at position " + position + ": close every quote and "
                    + "parenthesis, and put a word after AND, OR, NOT and every field:", position);
        }
        int position = column == null ? 1 : Math.max(1, Math.min(column, query.length()));
        return new InvalidAlertQuery("has an unexpected \"" + found + "\" at position " + position
                + ": put it in quotes to search for it literally", position);
    }

    private static void checkFields(String query, Query parsed) {
        parsed.visit(new QueryVisitor() {

            @Override
            public boolean acceptField(String field) {
                if (!FIELDS.contains(field)) {
                    Integer position = positionOfField(query, field);
                    throw new InvalidAlertQuery("has an unknown field \"" + field + ":\""
                            + (position == null ? "" : " at position " + position)
                            + ": use client:, sector:, kind:, author:, topic:, group:, skill:, region:, status: or "
                            + "signal: (in Dutch klant:, sector:, soort:, auteur:, onderwerp:, groep:, vaardigheid:, "
                            + "regio:, status: or signaal:), or put the text in quotes", position);
                }
                return true;
            }
        });
    }

    private static Integer positionOfField(String query, String field) {
        Matcher matcher = FIELD.matcher(query);
        while (matcher.find()) {
            if (matcher.group(1).equals(field)) {
                return matcher.start(1) + 1;
            }
        }
        return null;
    }

    private static void checkWordMatching(String query, Query parsed) {
        parsed.visit(new QueryVisitor() {

            // A pattern that spells one word (/regex/) reports itself as plain terms, not as a leaf.
            @Override
            public void consumeTerms(Query query, org.apache.lucene.index.Term... terms) {
                visitLeaf(query);
            }

            @Override
            public void visitLeaf(Query leaf) {
                if (leaf instanceof MultiTermQuery || leaf instanceof MatchAllDocsQuery) {
                    throw patternRefused(query);
                }
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
    }

    private static InvalidAlertQuery patternRefused(String query) {
        int position = firstOf(query, "*?~[]{}/");
        return new InvalidAlertQuery("uses a wildcard, fuzzy term, range, pattern or proximity (*, ?, ~, [ ], { } "
                + "or /) at position " + position + ": alerts match whole words and their forms, so leave it out "
                + "or put the text in quotes", position);
    }

    private static int firstOf(String query, String characters) {
        for (int i = 0; i < query.length(); i++) {
            if (characters.indexOf(query.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return 1;
    }

    /** A boolean query with only exclusions (at any level) matches nothing: such a query is a mistake. */
    private static boolean looksForSomething(Query query) {
        if (query == null || query instanceof MatchNoDocsQuery) {
            return false;
        }
        if (query instanceof BoostQuery boosted) {
            return looksForSomething(boosted.getQuery());
        }
        if (query instanceof BooleanQuery bool) {
            boolean positive = false;
            for (BooleanClause clause : bool.clauses()) {
                if (clause.occur() != BooleanClause.Occur.MUST_NOT) {
                    if (!looksForSomething(clause.query())) {
                        return false;
                    }
                    positive = true;
                }
            }
            return positive;
        }
        return true;
    }
}
