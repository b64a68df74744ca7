package nl.relay.platform;

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
