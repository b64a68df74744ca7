package nl.relay.platform.errors;

import java.util.List;
import java.util.Map;

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
     * RFC 9457 extension members the problem carries beside its standard ones (such as who already did what
     * the request tries again); none by default.
     */
    public Map<String, Object> extensions() {
        return Map.of();
    }

    /** The HTTP status this failure answers with. */
    public abstract int status();
}
