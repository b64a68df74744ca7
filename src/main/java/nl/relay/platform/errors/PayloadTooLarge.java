package nl.relay.platform.errors;

/** The request body is over the limit. */
public class PayloadTooLarge extends ProblemException {

    public PayloadTooLarge(String detail) {
        super(detail);
    }

    @Override
    public int status() {
        return 413;
    }
}
