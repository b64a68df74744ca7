package nl.relay.web.help;

import java.util.List;
import nl.relay.community.help.Expert;
import nl.relay.community.help.PersonHelp;

/**
 * What a person, topic or client page shows about help beside its posts: a person's help numbers, or the people
 * who know about the topic or client. Either part may be absent.
 */
public record HelpAside(PersonHelp help, String praiseHref, List<Expert> experts) {

    /** A person's help numbers; their praise count links to the praise itself. */
    public static HelpAside ofPerson(PersonHelp help, String praiseHref) {
        return new HelpAside(help, praiseHref, List.of());
    }

    public static HelpAside ofExperts(List<Expert> experts) {
        return new HelpAside(null, null, experts);
    }

    /** A median answer time of two hours or more reads better in hours. */
    public boolean medianInHours() {
        return help != null && help.medianFirstAnswerMinutes() != null && help.medianFirstAnswerMinutes() >= 120;
    }

    public long medianHours() {
        return help == null || help.medianFirstAnswerMinutes() == null
                ? 0
                : Math.round(help.medianFirstAnswerMinutes() / 60.0);
    }
}
