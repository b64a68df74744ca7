package nl.relay.web;

import java.util.List;
import nl.relay.platform.errors.Problem;
import nl.relay.platform.errors.ProblemException;
import nl.relay.platform.errors.TooManyRequests;

/**
 * What a form shows when a use case refuses its input: the field errors, or the message under one name. Too many
 * requests is no fault of the input: it goes on to the error table's page, which says how long to wait (429 with
 * Retry-After), as on every page.
 */
public final class FormErrors {

    private FormErrors() {
    }

    public static List<Problem.FieldError> of(ProblemException e, String field) {
        if (e instanceof TooManyRequests tooMany) {
            throw tooMany;
        }
        return e.errors().isEmpty() ? List.of(new Problem.FieldError(field, e.getMessage())) : e.errors();
    }
}
