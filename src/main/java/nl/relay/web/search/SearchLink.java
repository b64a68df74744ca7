package nl.relay.web.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import nl.relay.posts.StreamFilter;
import nl.relay.search.SearchParameters;

/** The parameters of the search on screen, and the addresses of the same search with one of them changed. */
public record SearchLink(Map<String, String> parameters) {

    static SearchLink of(SearchParameters search, StreamFilter filter) {
        Map<String, String> parameters = new LinkedHashMap<>();
        put(parameters, "q", search.q);
        put(parameters, "sort", search.sort);
        put(parameters, "kind", filter.kind);
        put(parameters, "client", filter.client);
        put(parameters, "sector", filter.sector);
        put(parameters, "author", filter.author);
        put(parameters, "group", filter.group);
        put(parameters, "topic", filter.topic);
        put(parameters, "from", search.from);
        put(parameters, "to", search.to);
        return new SearchLink(parameters);
    }

    private static void put(Map<String, String> parameters, String name, String value) {
        if (value != null && !value.isBlank()) {
            parameters.put(name, value.strip());
        }
    }

    /** A parameter that is set, and its value. */
    public record Parameter(String name, String value) {
    }

    /** The filters the form has no field for, which it carries along hidden. */
    public java.util.List<Parameter> hidden() {
        return set("client", "author", "group", "topic");
    }

    /** The filters and dates chosen, each of which can be taken away. */
    public java.util.List<Parameter> chosen() {
        return set("kind", "client", "sector", "author", "group", "topic", "from", "to");
    }

    /** What an alert can hold of this search: the query and the filters, not the dates. */
    public java.util.List<Parameter> forAlert() {
        return set("q", "kind", "client", "sector", "author", "group", "topic");
    }

    private java.util.List<Parameter> set(String... names) {
        return java.util.Arrays.stream(names).filter(parameters::containsKey)
                .map(name -> new Parameter(name, parameters.get(name))).toList();
    }

    public String value(String name) {
        return parameters.getOrDefault(name, "");
    }

    /** This search with the parameter set to the value. */
    public String with(String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(parameters);
        changed.put(name, value);
        return address("/search", changed);
    }

    /** This search without the parameter. */
    public String without(String name) {
        Map<String, String> changed = new LinkedHashMap<>(parameters);
        changed.remove(name);
        return address("/search", changed);
    }

    /** This search at a later page. */
    public String page(String cursor) {
        return with("cursor", cursor);
    }

    /** The same parameters under another path (the feed, the alert). */
    public String at(String path) {
        return address(path, parameters);
    }

    private static String address(String path, Map<String, String> parameters) {
        return parameters.isEmpty()
                ? path
                : path + "?" + parameters.entrySet().stream()
                        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"));
    }
}
