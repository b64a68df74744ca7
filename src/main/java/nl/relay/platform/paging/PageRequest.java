package nl.relay.platform.paging;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.Optional;
import nl.relay.platform.errors.InvalidInput;

/**
 * The {@code cursor} and {@code limit} query parameters every list takes. Use as a
 * {@code @BeanParam}; {@link #validate()} is called by the lists before use.
 */
public class PageRequest {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    @QueryParam("cursor")
    String cursor;

    @QueryParam("limit")
    @DefaultValue("20")
    String limit;

    public PageRequest() {
    }

    public static PageRequest first(int limit) {
        PageRequest request = new PageRequest();
        request.limit = Integer.toString(limit);
        return request;
    }

    /** The page after {@code cursor} (the first when null), of {@code limit} items: for pages' own links. */
    public static PageRequest at(String cursor, int limit) {
        PageRequest request = first(limit);
        request.cursor = cursor;
        return request;
    }

    public int limit() {
        return parseLimit(limit);
    }

    /** A {@code limit} parameter: 1 to 100, 20 when absent. */
    public static int parseLimit(String limit) {
        int value;
        try {
            value = Integer.parseInt(limit == null || limit.isBlank() ? Integer.toString(DEFAULT_LIMIT) : limit.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInput("limit", "must be a whole number from 1 to " + MAX_LIMIT);
        }
        if (value < 1 || value > MAX_LIMIT) {
            throw new InvalidInput("limit", "must be a whole number from 1 to " + MAX_LIMIT);
        }
        return value;
    }

    /** One more row than the page holds, to learn whether there is a next page. */
    public int fetchSize() {
        return limit() + 1;
    }

    public Optional<Cursor> cursor(int expectedKeys) {
        if (cursor == null || cursor.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Cursor.decode(cursor.trim(), expectedKeys));
    }
}
