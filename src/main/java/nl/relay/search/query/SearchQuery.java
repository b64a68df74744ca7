package nl.relay.search.query;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.relay.alerts.query.AlertAnalysis;
import nl.relay.alerts.query.AlertQuery;
import nl.relay.alerts.query.InvalidAlertQuery;
import nl.relay.platform.errors.InvalidInput;
import nl.relay.platform.errors.Problem;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * A search's {@code q}: parsed by the alert query parser (so it means what the same query means in an alert),
 * as the {@code tsquery} text that runs it over the stored terms (and a looser one the word index answers faster,
 * when there is one: see {@link TsQuery#indexable}), and the words of the free text it looks for,
 * which the highlights mark.
 */
public record SearchQuery(String text, String tsquery, String indexable, Set<String> wordsSought) {

    /** The query; a 422 on {@code q} saying what is wrong and where, exactly as for an alert's query. */
    public static SearchQuery parse(String text) {
        Query parsed;
        try {
            parsed = AlertQuery.parse(text);
        } catch (InvalidAlertQuery e) {
            throw new InvalidInput(List.of(new Problem.FieldError("q", e.reason(), e.position())));
        }
        return new SearchQuery(text.strip(), TsQuery.of(parsed), TsQuery.indexable(parsed), wordsSought(parsed));
    }

    /** The free-text terms the query asks for, leaving out those it excludes. */
    private static Set<String> wordsSought(Query parsed) {
        Set<String> words = new HashSet<>();
        parsed.visit(new QueryVisitor() {

            @Override
            public void consumeTerms(Query query, Term... terms) {
                for (Term term : terms) {
                    if (AlertAnalysis.TEXT.equals(term.field())) {
                        words.add(term.text());
                    }
                }
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
            }
        });
        return Set.copyOf(words);
    }
}
