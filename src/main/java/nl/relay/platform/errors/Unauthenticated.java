package nl.relay.platform.errors;

/** The credentials are missing or wrong; always the same message so nothing is revealed. */
public class Unauthenticated extends ProblemException {

    public Unauthenticated(String detail) {
        super(detail);
    }

    @Override
    public int status() {
        return 401;
    }
}
