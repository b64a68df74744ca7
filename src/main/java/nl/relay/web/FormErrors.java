package nl.relay.web;

import java.util.List;
import nl.relay.platform.errors.Problem;
import nl.relay.platform.errors.ProblemException;

/** What a form shows when a use case refuses its input: the field errors, or the message under one name. */
public final class FormErrors {

    private FormErrors() {
    }

    public static List<Problem.FieldError> of(ProblemException e, String field) {
        return e.errors().isEmpty() ? List.of(new Problem.FieldError(field, e.getMessage())) : e.errors();
    }
}
