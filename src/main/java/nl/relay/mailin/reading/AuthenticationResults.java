package nl.relay.mailin.reading;

import java.util.List;

/** Whether a trusted mail server vouched for the sender's domain in an Authentication-Results header (RFC 8601). */
public final class AuthenticationResults {

    private AuthenticationResults() {
    }

    public static boolean passes(List<String> headerValues, String authservId, String fromDomain) {
        return false;
    }
}
