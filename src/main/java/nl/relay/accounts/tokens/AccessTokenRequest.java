package nl.relay.accounts.tokens;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A request to authenticate with a personal access token (the secret as the client sent it). */
public final class AccessTokenRequest extends BaseAuthenticationRequest {

    private final String token;

    AccessTokenRequest(String token) {
        this.token = token;
    }

    String token() {
        return token;
    }
}
