package nl.relay.community.help;

import nl.relay.posts.PostVisibility;

/**
 * The SQL parts every help count is built from, so "an answer" and "an accepted answer" mean the same on a profile,
 * the leaderboard and the experts of a topic (praise is {@link nl.relay.community.praise.ReceivedPraise#thanks}). Each holds only for posts the viewer ({@code :viewer})
 * may be shown, by the one visibility rule.
 */
final class HelpQueries {

    private HelpQueries() {
    }

    /**
     * Answers: replies ({@code a}) in the thread of a question ({@code q}) someone else asked, both shown to the
     * viewer. Selects the answerer, the answer's time and the question's id and time.
     */
    static String answers(PostVisibility visibility) {
        return """
                select a.author_id, a.id as answer_id, a.created_at, q.id as question_id, q.created_at as asked_at
                from post a join post q on q.id = a.thread_id
                where a.id <> a.thread_id and q.kind = 'question' and q.author_id <> a.author_id
                  and\s""" + visibility.shownClause("q", ":viewer") + " and " + visibility.shownClause("a", ":viewer");
    }

    /**
     * Accepted answers: questions ({@code q}) whose accepted answer ({@code a}) someone other than the asker wrote,
     * both shown to the viewer. Selects the answerer, the question and when it was accepted.
     */
    static String accepted(PostVisibility visibility) {
        return """
                select a.author_id, q.id as question_id, q.client_id as question_client, a.client_id as answer_client,
                       a.id as answer_id, q.accepted_at
                from post q join post a on a.id = q.accepted_answer_id
                where q.kind = 'question' and q.author_id <> a.author_id
                  and\s""" + visibility.shownClause("q", ":viewer") + " and " + visibility.shownClause("a", ":viewer");
    }

    /** People who are named in lists of helpers: still working here, not pseudonymised. */
    static String named(String alias) {
        return "(" + alias + ".active and " + alias + ".pseudonymised_at is null)";
    }
}
