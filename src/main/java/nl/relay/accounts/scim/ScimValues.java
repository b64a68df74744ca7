package nl.relay.accounts.scim;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import nl.relay.platform.text.OneLine;

/** Reads single SCIM values the way provisioning systems send them (Entra ID sends booleans as "True"). */
final class ScimValues {

    /** The longest userName or externalId Relay keeps (a UPN is at most 113 characters; a GUID 36). */
    static final int MAX_IDENTIFIER = 256;

    private ScimValues() {
    }

    /** A string attribute, stripped; null when absent. Blank text counts as absent. */
    static String text(JsonNode value, String attribute) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw ScimError.invalidValue(attribute + " must be a string.");
        }
        String text = value.asText().strip();
        if (!OneLine.Check.holds(text)) {
            throw ScimError.invalidValue(attribute + " " + OneLine.MESSAGE + ".");
        }
        return text.isEmpty() ? null : text;
    }

    /** An identifier (userName, externalId): one line, at most {@link #MAX_IDENTIFIER} characters. */
    static String identifier(JsonNode value, String attribute) {
        String text = text(value, attribute);
        if (text != null && text.length() > MAX_IDENTIFIER) {
            throw ScimError.invalidValue(attribute + " must be at most " + MAX_IDENTIFIER + " characters.");
        }
        return text;
    }

    /** A boolean, also as the strings "true" and "false" in any case. */
    static Boolean bool(JsonNode value, String attribute) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isTextual()) {
            String text = value.asText().strip().toLowerCase(Locale.ROOT);
            if (text.equals("true") || text.equals("false")) {
                return Boolean.valueOf(text);
            }
        }
        throw ScimError.invalidValue(attribute + " must be true or false.");
    }

    /**
     * The work address of an emails value (an array of {value, type, primary}, or one such object): the primary
     * one, else the one of type work, else the first. Null when none has a value.
     */
    static String workEmail(JsonNode emails) {
        if (emails == null || emails.isNull()) {
            return null;
        }
        if (emails.isObject()) {
            return text(ScimJson.member(emails, "value"), "emails.value");
        }
        if (!emails.isArray()) {
            throw ScimError.invalidValue("emails must be an array of {value, type, primary}.");
        }
        String primary = null;
        String work = null;
        String first = null;
        for (JsonNode email : emails) {
            if (!email.isObject()) {
                throw ScimError.invalidValue("emails must be an array of {value, type, primary}.");
            }
            String value = text(ScimJson.member(email, "value"), "emails.value");
            if (value == null) {
                continue;
            }
            first = first == null ? value : first;
            if (primary == null && Boolean.TRUE.equals(bool(ScimJson.member(email, "primary"), "emails.primary"))) {
                primary = value;
            }
            String type = text(ScimJson.member(email, "type"), "emails.type");
            if (work == null && "work".equalsIgnoreCase(type)) {
                work = value;
            }
        }
        return primary != null ? primary : work != null ? work : first;
    }
}
