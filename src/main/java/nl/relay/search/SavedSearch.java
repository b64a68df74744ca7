package nl.relay.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.relay.directory.Client;
import nl.relay.posts.StreamFilter;

/**
 * A search as the query of an alert, so it can be saved in one step: the words as typed, and each filter as the
 * field that means the same (kind:, author:, topic:, client:"name", sector:, group:). Dates have no field: an
 * alert is about posts still to come.
 */
public final class SavedSearch {

    private SavedSearch() {
    }

    public static String alertQuery(String q, StreamFilter filter) {
        List<String> parts = new ArrayList<>();
        String words = q == null ? "" : q.strip();
        if (!words.isEmpty()) {
            parts.add(filterCount(filter) == 0 ? words : "(" + words + ")");
        }
        add(parts, "kind", filter.kind);
        add(parts, "author", filter.author);
        add(parts, "topic", filter.topic == null ? null : filter.topic.strip().replaceFirst("^#", ""));
        add(parts, "sector", filter.sector);
        add(parts, "group", filter.group);
        if (present(filter.client)) {
            try {
                Client.<Client>findByIdOptional(Long.parseLong(filter.client.strip()))
                        .ifPresent(client -> parts.add("client:\"" + client.name.replace("\"", "") + "\""));
            } catch (NumberFormatException e) {
                // Not a client; the search refused it already.
            }
        }
        return String.join(" ", parts);
    }

    /** A name for the alert: the query, cut to fit. */
    public static String alertName(String query) {
        String name = query.strip().replaceAll("\\s+", " ");
        return name.length() > 100 ? name.substring(0, 99) + "…" : name;
    }

    private static void add(List<String> parts, String field, String value) {
        if (present(value)) {
            String v = value.strip().toLowerCase(Locale.ROOT);
            parts.add(field + ":" + (v.matches("[\\p{L}\\p{N}_.-]+") ? v : "\"" + v.replace("\"", "") + "\""));
        }
    }

    private static int filterCount(StreamFilter filter) {
        int n = 0;
        for (String value : new String[]{filter.kind, filter.author, filter.topic, filter.sector, filter.group,
                filter.client}) {
            n += present(value) ? 1 : 0;
        }
        return n;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
