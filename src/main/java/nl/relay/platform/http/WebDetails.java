package nl.relay.platform.http;

/** Titles, type URIs and plain-language details for the HTTP statuses Relay answers with. */
public final class WebDetails {

    private WebDetails() {
    }

    public static String type(int status) {
        return switch (status) {
            case 400 -> "/problems/malformed-request";
            case 401 -> "/problems/unauthenticated";
            case 403 -> "/problems/forbidden";
            case 404 -> "/problems/not-found";
            case 405 -> "/problems/method-not-allowed";
            case 406 -> "/problems/not-acceptable";
            case 409 -> "/problems/conflict";
            case 413 -> "/problems/too-large";
            case 415 -> "/problems/unsupported-media-type";
            case 422 -> "/problems/invalid-input";
            case 429 -> "/problems/too-many-requests";
            default -> "about:blank";
        };
    }

    public static String title(int status) {
        return switch (status) {
            case 422 -> "Unprocessable Content";
            case 429 -> "Too Many Requests";
            default -> "Error";
        };
    }

    public static String detail(int status) {
        return switch (status) {
            case 400 -> "The request cannot be read.";
            case 401 -> "Sign in first.";
            case 403 -> "You may not do this.";
            case 404 -> "There is nothing here, or you may not see it.";
            case 405 -> "This path does not accept that method.";
            case 406 -> "This resource cannot answer in the media type you asked for.";
            case 413 -> "The request body is too large.";
            case 415 -> "Send the body as application/json.";
            default -> "The request failed.";
        };
    }
}
