package nl.relay.platform.paging;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list, as the API answers it: the items and the cursor of the next page, if any. */
public record Page<T>(List<T> items, @Schema(nullable = true) String next) {

    /**
     * Cuts a result fetched with {@link PageRequest#fetchSize()} rows down to the page, and makes the
     * next cursor from the last item kept when there were more rows.
     */
    public static <R> Page<R> of(List<R> fetched, PageRequest request, Function<R, Cursor> cursorOf) {
        if (fetched.size() <= request.limit()) {
            return new Page<>(List.copyOf(fetched), null);
        }
        List<R> items = List.copyOf(fetched.subList(0, request.limit()));
        return new Page<>(items, cursorOf.apply(items.get(items.size() - 1)).encode());
    }

    /** Maps all items at once, for views built with one query per page rather than per item. */
    public <V> Page<V> mapAll(Function<List<T>, List<V>> mapper) {
        return new Page<>(mapper.apply(items), next);
    }

    public <V> Page<V> map(Function<T, V> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), next);
    }
}
