package nl.relay.platform.errors;

import java.time.Duration;

/** The caller has to slow down; {@link #retryAfter()} says for how long. */
public class TooManyRequests extends ProblemException {

    private final Duration retryAfter;

    public TooManyRequests(String detail, Duration retryAfter) {
        super(detail);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    @Override
    public int status() {
        return 429;
    }
}
