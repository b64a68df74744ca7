package nl.relay.platform.errors;

/** Something that does not exist, or that the caller may not see. */
public class NotFound extends ProblemException {

    public NotFound(String detail) {
        super(detail);
    }

    @Override
    public int status() {
        return 404;
    }
}
