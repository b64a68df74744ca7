package nl.relay.web.candidates;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.relay.platform.errors.Problem;

/**
 * The refusals of a candidate form by field, for the templates: {@code errors.has('title')} shows the field's
 * own message (in the page's language) under it; {@code namesPerson} tells the anonymity refusal apart.
 */
public final class FieldErrors {

    public static final FieldErrors NONE = new FieldErrors(List.of());

    private final Map<String, String> byField = new LinkedHashMap<>();

    public FieldErrors(List<Problem.FieldError> errors) {
        errors.forEach(error -> byField.putIfAbsent(error.field(), error.message()));
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    /** The title or summary was refused because it names the person. */
    public boolean namesPerson(String field) {
        String message = byField.get(field);
        return message != null && message.contains("name the person");
    }

    public boolean any() {
        return !byField.isEmpty();
    }

    /** The first field refused, where the focus goes. */
    public String first() {
        return byField.keySet().stream().findFirst().orElse("");
    }

    /** Refusals of fields the form does not show (said in English, as the API says them). */
    public List<String> others(List<String> shown) {
        return byField.entrySet().stream().filter(e -> !shown.contains(e.getKey()))
                .map(e -> e.getKey() + " " + e.getValue()).toList();
    }
}
