package nl.relay.platform.errors;

/** The request conflicts with the current state (a duplicate, or a rule such as the last admin). */
public class Conflict extends ProblemException {

    public Conflict(String detail) {
        super(detail);
    }

    @Override
    public int status() {
        return 409;
    }
}
