package nl.relay.platform.errors;

/** The caller is signed in but may not do this. */
public class NotAllowed extends ProblemException {

    public NotAllowed(String detail) {
        super(detail);
    }

    @Override
    public int status() {
        return 403;
    }
}
