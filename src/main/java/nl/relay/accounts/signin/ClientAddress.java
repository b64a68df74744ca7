package nl.relay.accounts.signin;

import io.vertx.core.http.HttpServerRequest;

/** The client's address, as seen through a trusted proxy when {@code quarkus.http.proxy.*} says so. */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServerRequest request) {
        if (request == null || request.remoteAddress() == null) {
            return "unknown";
        }
        String host = request.remoteAddress().hostAddress();
        return host == null ? "unknown" : host;
    }
}
