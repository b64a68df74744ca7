package nl.relay.accounts.sso;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** What Relay takes from a token the provider signed: who the person is, and their roles or groups there. */
record ProviderClaims(String issuer, String subject, String accountKey, String preferredUsername, String name,
        String email, Boolean emailVerified, Set<String> providerRoles) {

    static ProviderClaims of(JsonWebToken token, SingleSignOnConfig config) {
        return new ProviderClaims(token.getIssuer(), token.getSubject(), text(token, config.accountClaim()),
                text(token, "preferred_username"), displayName(token), text(token, "email"),
                bool(claim(token, "email_verified")), strings(claim(token, config.rolesClaim())));
    }

    /** Whether the provider says it checked the address: true, false, or null when it does not say. */
    private static Boolean bool(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value == JsonValue.TRUE || value instanceof JsonString s && s.getString().equalsIgnoreCase("true")) {
            return true;
        }
        if (value == JsonValue.FALSE || value instanceof JsonString s && s.getString().equalsIgnoreCase("false")) {
            return false;
        }
        return null;
    }

    /** The provider's stable name for the person: its issuer and subject together. */
    String providerSubject() {
        return issuer + " " + subject;
    }

    private static String displayName(JsonWebToken token) {
        String name = text(token, "name");
        if (name != null) {
            return name;
        }
        String given = text(token, "given_name");
        String family = text(token, "family_name");
        String joined = ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
        return joined.isEmpty() ? null : joined;
    }

    private static String text(JsonWebToken token, String name) {
        Object value = claim(token, name);
        String text = value instanceof JsonString string ? string.getString() : value instanceof String s ? s : null;
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A claim by name, or by a path such as {@code realm_access/roles} into nested objects. */
    private static Object claim(JsonWebToken token, String path) {
        String[] steps = path.split("/");
        Object value = token.getClaim(steps[0]);
        for (int i = 1; i < steps.length && value != null; i++) {
            value = value instanceof JsonObject object ? object.get(steps[i]) : null;
        }
        return value;
    }

    private static Set<String> strings(Object value) {
        Set<String> strings = new LinkedHashSet<>();
        if (value instanceof JsonArray array) {
            for (JsonValue item : array) {
                if (item instanceof JsonString string) {
                    strings.add(string.getString());
                }
            }
        } else if (value instanceof Collection<?> collection) {
            for (Object item : collection) {
                strings.add(item instanceof JsonString string ? string.getString() : String.valueOf(item));
            }
        } else if (value instanceof JsonString string) {
            strings.add(string.getString());
        } else if (value instanceof String string) {
            strings.add(string);
        }
        return strings;
    }
}
