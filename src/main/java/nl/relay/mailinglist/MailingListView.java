package nl.relay.mailinglist;

import java.util.List;

/**
 * What someone receives every post of by mail: groups (every post and reply in them) and followed topics (every
 * post with the topic, and the replies in its threads).
 */
public record MailingListView(List<GroupEntry> groups, List<String> topics) {

    /** A group, by id and name. */
    public record GroupEntry(long id, String name) {
    }
}
