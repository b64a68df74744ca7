package nl.relay.web;

import java.util.ArrayList;
import java.util.List;
import nl.relay.platform.errors.Problem;

/**
 * A refused form's errors by the field they show at, for its template: {@code errors.has('title')} shows the field's
 * own message under it, {@code errors.first(...)} is where the focus goes, and {@code errors.others(...)} are the
 * refusals of no field the form shows. Forms add what only they need as template extensions in their own package.
 */
public record FieldErrors(List<Problem.FieldError> all) {

    public static final FieldErrors NONE = new FieldErrors(List.of());

    public FieldErrors {
        all = List.copyOf(all);
    }

    /** Whether this field was refused. */
    public boolean has(String field) {
        return all.stream().anyMatch(e -> e.field().equals(field));
    }

    /** The message this field was first refused with, or null. */
    public String messageOf(String field) {
        return all.stream().filter(e -> e.field().equals(field)).map(Problem.FieldError::message).findFirst()
                .orElse(null);
    }

    public boolean any() {
        return !all.isEmpty();
    }

    /** The first refused field in the form's order, where the focus goes; empty when none. */
    public String first(List<String> order) {
        return order.stream().filter(this::has).findFirst().orElse("");
    }

    /** Refusals of fields the form does not show. */
    public List<Problem.FieldError> others(List<String> shown) {
        List<Problem.FieldError> others = new ArrayList<>(all);
        others.removeIf(e -> shown.contains(e.field()));
        return others;
    }
}
