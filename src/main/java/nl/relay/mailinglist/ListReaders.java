package nl.relay.mailinglist;

import nl.relay.posts.PostVisibility;

/**
 * Who receives a post by mail, as SQL over the post {@code p} and a subscription {@code s}: they chose the post's
 * group, or a topic they still follow that the post or its thread's first post carries; and they are active, not
 * its author, and may read it now. Asked when the post is published and again when its mail goes.
 */
final class ListReaders {

    /** The subscription {@code s} covers the post {@code p}. */
    static final String CHOSE = """
            (s.group_id = p.group_id
             or (s.topic is not null
                 and exists (select 1 from post_topic t where t.post_id in (p.id, p.thread_id) and t.topic = s.topic)
                 and exists (select 1 from follow_topic f where f.follower_id = s.account_id and f.topic = s.topic)))""";

    private ListReaders() {
    }

    /** The subscriber {@code s.account_id} may receive the post {@code p} by mail now. */
    static String mayReceive(PostVisibility visibility) {
        return "s.account_id <> p.author_id and exists (select 1 from account lr where lr.id = s.account_id "
                + "and lr.active) and " + visibility.shownClause("p", "s.account_id");
    }
}
