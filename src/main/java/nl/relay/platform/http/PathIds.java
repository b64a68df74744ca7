package nl.relay.platform.http;

import java.util.function.Supplier;
import nl.relay.platform.errors.NotFound;

/** An id written in a path: anything that is not a positive whole number is simply not found. */
public final class PathIds {

    private PathIds() {
    }

    public static long parse(String raw, Supplier<NotFound> notFound) {
        try {
            long id = Long.parseLong(raw);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // falls through to not found
        }
        throw notFound.get();
    }
}
