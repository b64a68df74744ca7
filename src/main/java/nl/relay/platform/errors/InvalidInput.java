package nl.relay.platform.errors;

import java.util.List;

/** Well-formed input with invalid values: answered 422 with one entry per invalid field. */
public class InvalidInput extends ProblemException {

    public InvalidInput(List<Problem.FieldError> errors) {
        super("Some fields are invalid.", errors);
    }

    public InvalidInput(String field, String message) {
        this(List.of(new Problem.FieldError(field, message)));
    }

    @Override
    public int status() {
        return 422;
    }
}
