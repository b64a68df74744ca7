package nl.relay.web.groups;

import java.util.List;
import nl.relay.platform.errors.Problem;

/**
 * Why one of the admin page's forms was refused: which form, and the errors, so that each shows next
 * to its own form and field ({@code problems.of('edit')}, {@code problems.at('edit', 'name')}).
 */
public record FormProblems(String form, List<Problem.FieldError> errors) {

    static FormProblems none() {
        return new FormProblems("", List.of());
    }

    /** The errors of one form that belong to none of the given fields: shown at the form's top. */
    public List<Problem.FieldError> of(String name) {
        return name.equals(form) ? errors.stream().filter(e -> !FIELDS.contains(e.field())).toList() : List.of();
    }

    /** The errors of one field of one form: shown next to the field. */
    public List<Problem.FieldError> at(String name, String field) {
        return name.equals(form) ? errors.stream().filter(e -> e.field().equals(field)).toList() : List.of();
    }

    public boolean invalid(String name, String field) {
        return !at(name, field).isEmpty();
    }

    /** The fields that have a place of their own on the page. */
    private static final List<String> FIELDS = List.of("name", "description", "visibility");
}
