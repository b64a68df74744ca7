package nl.relay.web.alerts;

import java.util.List;
import nl.relay.alerts.query.AlertAnalysis;
import nl.relay.alerts.query.AlertQuery;

/**
 * What an "alert me" button is about: a client, a topic or a person, as one value of a query field, with the
 * name the alert gets and the address the button posts to.
 */
public record AlertSubject(String kind, String field, String value, String name, String action) {

    private static final int MAX_NAME = 100;

    public static AlertSubject client(long id, String name) {
        return new AlertSubject("client", AlertAnalysis.CLIENT, name, name, "/clients/" + id + "/alert");
    }

    /** A topic as stored (without '#'); its address is the caller's, already encoded. */
    public static AlertSubject topic(String topic, String encoded) {
        return new AlertSubject("topic", AlertAnalysis.TOPIC, topic, "#" + topic, "/topics/" + encoded + "/alert");
    }

    public static AlertSubject person(String username, String displayName) {
        return new AlertSubject("person", AlertAnalysis.AUTHOR, username, displayName + " (@" + username + ")",
                "/people/" + username + "/alert");
    }

    /** The query in the field names of the page's language: {@code klant:"Albert Heijn"} or {@code client:"Albert Heijn"}. */
    public String query(boolean dutch) {
        return AlertQuery.forValue(field, value, dutch);
    }

    /** The same query in both languages' field names: an alert with either already asks this. */
    List<String> queries() {
        return List.of(query(true), query(false));
    }

    /** The alert's name: what it is about, cut to fit. */
    String alertName() {
        String oneLine = name.strip().replaceAll("\\s+", " ");
        return oneLine.length() > MAX_NAME ? oneLine.substring(0, MAX_NAME - 1) + "…" : oneLine;
    }
}
