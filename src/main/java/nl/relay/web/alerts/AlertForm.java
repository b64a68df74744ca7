package nl.relay.web.alerts;

import java.util.ArrayList;
import java.util.List;
import nl.relay.alerts.AlertDetails;
import nl.relay.alerts.AlertView;
import nl.relay.platform.text.ControlCharacters;

/** The alert form's fields as typed, so a refused or tried form comes back as it was. */
public record AlertForm(String name, String query, String frequency, boolean app, boolean email, String groupId) {

    static AlertForm blank() {
        return new AlertForm("", "", "instant", true, false, "");
    }

    static AlertForm of(AlertView alert) {
        return new AlertForm(alert.name(), alert.query(), alert.frequency(), alert.channels().contains("app"),
                alert.channels().contains("email"), alert.group() == null ? "" : Long.toString(alert.group().id()));
    }

    static AlertForm read(String name, String query, String frequency, String app, String email, String groupId) {
        return new AlertForm(text(name), text(query), text(frequency), app != null, email != null, text(groupId));
    }

    /** As the use cases take it; a group that is not a number is no group anyone has. */
    AlertDetails details() {
        List<String> channels = new ArrayList<>();
        if (app) {
            channels.add("app");
        }
        if (email) {
            channels.add("email");
        }
        Long group = null;
        if (groupId != null && !groupId.isEmpty()) {
            try {
                group = Long.parseLong(groupId);
            } catch (NumberFormatException e) {
                group = -1L;
            }
        }
        return new AlertDetails(name, query, frequency, channels, group);
    }

    private static String text(String value) {
        String cleaned = value == null ? null : ControlCharacters.clean(value);
        return cleaned == null ? "" : cleaned.strip();
    }
}
