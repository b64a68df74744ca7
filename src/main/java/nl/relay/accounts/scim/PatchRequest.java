package nl.relay.accounts.scim;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a SCIM PATCH (RFC 7644 section 3.5.2) in the shapes Entra ID sends: op in any case ("Replace"), booleans
 * as strings ("False"), a value object without a path, and the work e-mail as
 * {@code emails[type eq "work"].value}. Attributes of the core User schema that Relay does not keep (given and
 * family name, phone numbers, title, ...) and every extension schema are accepted and ignored; any other
 * attribute is an invalidPath error.
 */
final class PatchRequest {

    static final String SCHEMA = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
    private static final String CORE_PREFIX = ScimUser.SCHEMA.toLowerCase(Locale.ROOT) + ":";
    private static final Pattern EMAIL_FILTER = Pattern.compile(
            "emails\\[\\s*(type|primary)\\s+eq\\s+(\"[^\"]*\"|true|false)\\s*\\](\\.value)?", Pattern.CASE_INSENSITIVE);
    /** Core User attributes (RFC 7643 section 4.1) Relay does not keep: changes to them are ignored. */
    private static final Set<String> NOT_KEPT = Set.of("nickname", "profileurl", "title", "usertype",
            "preferredlanguage", "locale", "timezone", "password", "phonenumbers", "ims", "photos", "addresses",
            "groups", "entitlements", "roles", "x509certificates");

    private PatchRequest() {
    }

    static UserChange read(String body) {
        JsonNode patch = ScimJson.object(body);
        JsonNode operations = ScimJson.member(patch, "Operations");
        if (operations == null || !operations.isArray() || operations.isEmpty()) {
            throw ScimError.invalidSyntax("A PATCH needs Operations: an array of {op, path, value}.");
        }
        UserChange change = new UserChange();
        for (JsonNode operation : operations) {
            apply(change, operation);
        }
        return change;
    }

    private static void apply(UserChange change, JsonNode operation) {
        if (!operation.isObject()) {
            throw ScimError.invalidSyntax("Each operation must be an object {op, path, value}.");
        }
        JsonNode opNode = ScimJson.member(operation, "op");
        String op = opNode != null && opNode.isTextual() ? opNode.asText().strip().toLowerCase(Locale.ROOT) : "";
        if (!op.equals("add") && !op.equals("replace") && !op.equals("remove")) {
            throw ScimError.invalidSyntax("op must be add, replace or remove.");
        }
        JsonNode pathNode = ScimJson.member(operation, "path");
        if (pathNode != null && !pathNode.isTextual()) {
            throw ScimError.invalidPath("path must be a string.");
        }
        String path = pathNode == null ? "" : pathNode.asText().strip();
        JsonNode value = ScimJson.member(operation, "value");
        if (!path.isEmpty()) {
            attribute(change, op.equals("remove"), path, value);
            return;
        }
        if (op.equals("remove")) {
            throw new ScimError(400, "noTarget", "A remove operation needs a path.");
        }
        if (value == null || !value.isObject()) {
            throw ScimError.invalidValue("Without a path, the value must be an object of attributes.");
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            attribute(change, false, field.getKey(), field.getValue().isNull() ? null : field.getValue());
        }
    }

    private static void attribute(UserChange change, boolean remove, String path, JsonNode value) {
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.startsWith(CORE_PREFIX)) {
            lower = lower.substring(CORE_PREFIX.length());
        } else if (lower.startsWith("urn:")) {
            return; // an extension schema (enterprise User, a custom one): Relay keeps none of it
        }
        if (!remove && value == null) {
            throw ScimError.invalidValue("The operation on " + path + " needs a value.");
        }
        switch (lower) {
            case "active" -> change.active = ScimValues.bool(required(remove, path, value), path);
            case "username" -> change.userName = ScimValues.identifier(required(remove, path, value), path);
            case "externalid" -> change.externalId(remove ? null : ScimValues.identifier(value, path));
            case "displayname" -> change.displayName = ScimValues.text(required(remove, path, value), path);
            case "name.formatted" -> change.formattedName = remove ? null : ScimValues.text(value, path);
            case "name" -> {
                if (!remove && !value.isObject()) {
                    throw ScimError.invalidValue("name must be an object.");
                }
                change.formattedName = remove
                        ? null
                        : ScimValues.text(ScimJson.member(value, "formatted"), "name.formatted");
            }
            case "emails" -> change.email = requiredEmail(path, ScimValues.workEmail(required(remove, path, value)));
            default -> other(change, remove, path, lower, value);
        }
    }

    private static void other(UserChange change, boolean remove, String path, String lower, JsonNode value) {
        Matcher email = EMAIL_FILTER.matcher(lower);
        if (email.matches()) {
            boolean work = email.group(1).equals("type")
                    ? email.group(2).equals("\"work\"")
                    : email.group(2).equals("true");
            if (work) {
                JsonNode given = required(remove, path, value);
                change.email = requiredEmail(path, email.group(3) != null
                        ? ScimValues.text(given, path)
                        : ScimValues.workEmail(given));
            }
            return; // another type of address (home, other): Relay keeps only the work address
        }
        String attribute = lower.split("[.\\[]", 2)[0];
        if (attribute.equals("name") || attribute.equals("emails") || NOT_KEPT.contains(attribute)) {
            return;
        }
        throw ScimError.invalidPath("Relay's users have no attribute " + path + ".");
    }

    private static JsonNode required(boolean remove, String path, JsonNode value) {
        if (remove) {
            throw ScimError.invalidValue(path + " cannot be removed: Relay needs it.");
        }
        return value;
    }

    private static String requiredEmail(String path, String email) {
        if (email == null) {
            throw ScimError.invalidValue(path + " must hold an e-mail address.");
        }
        return email;
    }
}
