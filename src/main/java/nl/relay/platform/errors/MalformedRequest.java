package nl.relay.platform.errors;

/** The request cannot be read (bad syntax, bad cursor, bad parameter). */
public class MalformedRequest extends ProblemException {

    public MalformedRequest(String detail) {
        super(detail);
    }

    @Override
    public int status() {
        return 400;
    }
}
