package nl.relay.platform.http;

import nl.relay.platform.errors.InvalidInput;

/** A true/false query parameter: absent is false; anything but true or false is a 422 naming it. */
public final class QueryFlag {

    private QueryFlag() {
    }

    public static boolean parse(String name, String value) {
        if (value == null || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        throw new InvalidInput(name, "must be true or false");
    }
}
