package nl.relay.search.feed;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import nl.relay.platform.http.PublicAddress;
import nl.relay.posts.StreamFilter;
import nl.relay.search.SearchParameters;

/** The private feed address of a search: its parameters and the account's feed token. */
@ApplicationScoped
public class SearchFeedAddress {

    private final SearchFeedTokens tokens;
    private final PublicAddress address;

    SearchFeedAddress(SearchFeedTokens tokens, PublicAddress address) {
        this.tokens = tokens;
        this.address = address;
    }

    /** The token and the feed address of the search given (or of no search, when none is). */
    public record Address(String token, String url) {
    }

    public Address of(long accountId, SearchParameters parameters, StreamFilter filter) {
        return address(tokens.tokenOf(accountId), parameters, filter);
    }

    public Address renew(long accountId, SearchParameters parameters, StreamFilter filter) {
        return address(tokens.renew(accountId), parameters, filter);
    }

    private Address address(String token, SearchParameters parameters, StreamFilter filter) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("q", parameters.q);
        query.put("sort", parameters.sort);
        query.put("from", parameters.from);
        query.put("to", parameters.to);
        query.put("author", filter.author);
        query.put("topic", filter.topic);
        query.put("kind", filter.kind);
        query.put("client", filter.client);
        query.put("sector", filter.sector);
        query.put("group", filter.group);
        query.put("token", token);
        String encoded = query.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().strip(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return new Address(token, address.of("/feeds/search.atom?" + encoded));
    }
}
