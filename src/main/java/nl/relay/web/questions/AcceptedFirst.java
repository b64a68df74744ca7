package nl.relay.web.questions;

import java.util.ArrayList;
import java.util.List;
import nl.relay.web.posts.ThreadPage.ThreadEntry;

/**
 * A question's thread with its accepted answer first, right under the question: a direct reply moves with the
 * replies below it; a reply to a reply moves alone, to the top level.
 */
public final class AcceptedFirst {

    private AcceptedFirst() {
    }

    public static List<ThreadEntry> of(List<ThreadEntry> entries) {
        int at = -1;
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).card().post().acceptedAnswer()) {
                at = i;
                break;
            }
        }
        if (at <= 0) {
            return entries;
        }
        List<ThreadEntry> rest = new ArrayList<>(entries);
        List<ThreadEntry> first = new ArrayList<>();
        ThreadEntry accepted = rest.remove(at);
        if (accepted.nested()) {
            first.add(new ThreadEntry(accepted.card(), false, null));
        } else {
            first.add(accepted);
            while (at < rest.size() && rest.get(at).nested()) {
                first.add(rest.remove(at));
            }
        }
        first.addAll(rest);
        return first;
    }
}
