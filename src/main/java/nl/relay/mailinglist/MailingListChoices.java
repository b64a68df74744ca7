package nl.relay.mailinglist;

import java.util.List;

/** The settings page's mailing-list section: someone's groups and followed topics, each ticked when mailed. */
public record MailingListChoices(List<GroupChoice> groups, List<TopicChoice> topics) {

    /** A group the person is in (or chose), and whether its posts come by mail. */
    public record GroupChoice(long id, String name, boolean byMail) {
    }

    /** A topic the person follows, and whether its posts come by mail. */
    public record TopicChoice(String topic, boolean byMail) {
    }
}
