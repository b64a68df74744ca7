package nl.relay.platform.text;

import java.util.Arrays;
import java.util.List;

/** A list typed into one form field, comma-separated ("java, sql,"): the items stripped, empty ones left out. */
public final class CommaSeparated {

    private CommaSeparated() {
    }

    /** The items in the order typed; none for null or blank. */
    public static List<String> items(String typed) {
        if (typed == null) {
            return List.of();
        }
        return Arrays.stream(typed.split(",")).map(String::strip).filter(item -> !item.isEmpty()).toList();
    }
}
