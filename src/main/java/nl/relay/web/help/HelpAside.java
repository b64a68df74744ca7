package nl.relay.web.help;

import java.util.List;
import nl.relay.community.help.Expert;
import nl.relay.community.help.PersonHelp;

/**
 * What a person, topic or client page shows about help beside its posts: a person's help numbers, or the people
 * who know about the topic or client. Either part may be absent.
 */
public record HelpAside(PersonHelp help, List<Expert> experts) {

    public static HelpAside ofPerson(PersonHelp help) {
        return new HelpAside(help, List.of());
    }

    public static HelpAside ofExperts(List<Expert> experts) {
        return new HelpAside(null, experts);
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
