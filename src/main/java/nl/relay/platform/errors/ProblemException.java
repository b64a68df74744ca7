package nl.relay.platform.errors;

import java.util.List;

/**
 * A failure the caller can act on, carried to the error table and answered as a problem.
 * The subclasses name the cases; each maps to one HTTP status.
 */
public abstract class ProblemException extends RuntimeException {

    private final List<Problem.FieldError> errors;

    protected ProblemException(String detail, List<Problem.FieldError> errors) {
        super(detail, null, false, false);
        this.errors = List.copyOf(errors);
    }

    protected ProblemException(String detail) {
        this(detail, List.of());
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    /**
     * Further members of the problem body (RFC 9457 extensions), such as the existing thing a conflict is
     * with; none by default.
     */
    public java.util.Map<String, Object> extensions() {
        return java.util.Map.of();
    }

    /** The HTTP status this failure answers with. */
    public abstract int status();
}
