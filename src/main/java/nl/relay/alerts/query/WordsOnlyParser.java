package nl.relay.alerts.query;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;

/**
 * Lucene's classic query parser without wildcards, fuzzy terms, ranges, patterns and proximity: they are
 * refused before anything is built, since building some of them (a pattern like {@code /a{999999999}/})
 * takes seconds and gigabytes, and none fits matching whole words and their forms. A field's Dutch name, or its name
 * in another case, is read as the field itself before its text is analysed.
 */
final class WordsOnlyParser extends QueryParser {

    WordsOnlyParser(String defaultField, Analyzer analyzer) {
        super(defaultField, analyzer);
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
        throw new Refused();
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
        throw new Refused();
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
        throw new Refused();
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
        throw new Refused();
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
            boolean endInclusive) throws ParseException {
        throw new Refused();
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
        if (slop > 0) {
            throw new Refused();
        }
        return super.getFieldQuery(AlertQuery.fieldNamed(field), queryText, slop);
    }

    // Words and phrases both come here; the analyser is chosen by the field, so the name is settled first.
    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        return super.getFieldQuery(AlertQuery.fieldNamed(field), queryText, quoted);
    }

    /** A wildcard, fuzzy term, range, pattern or proximity, which alerts do not take. */
    static final class Refused extends ParseException {
    }
}
