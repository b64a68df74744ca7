package nl.relay.alerts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.relay.alerts.query.AlertQuery;
import nl.relay.alerts.query.InvalidAlertQuery;
import nl.relay.platform.errors.InvalidInput;
import nl.relay.platform.errors.Problem;
import nl.relay.platform.text.OneLine;

/**
 * An alert's name, query, frequency, channels and (for a team alert) group. To create one, a name and a
 * query are required; frequency defaults to instant and channels to the app. On a change, absent fields
 * stay as they are; the group never changes. The rules live here, so the API and the pages refuse alike.
 */
public record AlertDetails(String name, String query, String frequency, List<String> channels, Long groupId) {

    static final int MAX_NAME = 100;
    static final Set<String> FREQUENCIES = Set.of("instant", "daily", "weekly");
    static final Set<String> CHANNELS = Set.of(Alert.APP, Alert.EMAIL);

    public AlertDetails {
        name = name == null ? null : name.strip();
        frequency = frequency == null ? null : frequency.strip();
    }

    /** Refuses invalid values (for a new alert, missing ones too), naming every field. */
    void check(boolean creating) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (name != null ? name.isEmpty() || name.length() > MAX_NAME : creating) {
            errors.add(new Problem.FieldError("name", "must be 1 to 100 characters"));
        } else if (!OneLine.Check.holds(name)) {
            errors.add(new Problem.FieldError("name", OneLine.MESSAGE));
        }
        if (query != null || creating) {
            try {
                AlertQuery.parse(query);
            } catch (InvalidAlertQuery e) {
                errors.addAll(e.errors());
            }
        }
        if (frequency != null && !FREQUENCIES.contains(frequency)) {
            errors.add(new Problem.FieldError("frequency", "must be instant, daily or weekly"));
        }
        if (channels != null && (channels.stream().anyMatch(c -> c == null || !CHANNELS.contains(c)))) {
            errors.add(new Problem.FieldError("channels", "may hold only \"app\" and \"email\""));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    String frequencyOrDefault() {
        return frequency == null ? "instant" : frequency;
    }

    String[] channelsOrDefault() {
        return channels == null ? new String[]{Alert.APP} : channelArray();
    }

    /** The channels without repeats, app first. */
    String[] channelArray() {
        Set<String> ordered = new LinkedHashSet<>();
        if (channels.contains(Alert.APP)) {
            ordered.add(Alert.APP);
        }
        if (channels.contains(Alert.EMAIL)) {
            ordered.add(Alert.EMAIL);
        }
        return ordered.toArray(String[]::new);
    }

    String strippedQuery() {
        return query.strip();
    }
}
