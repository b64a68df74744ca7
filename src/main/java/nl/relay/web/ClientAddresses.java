package nl.relay.web;

import io.vertx.core.http.HttpServerRequest;

/** The browser's address, for the sign-in throttle. */
final class ClientAddresses {

    private ClientAddresses() {
    }

    static String of(HttpServerRequest request) {
        if (request == null || request.remoteAddress() == null || request.remoteAddress().hostAddress() == null) {
            return "unknown";
        }
        return request.remoteAddress().hostAddress();
    }
}
