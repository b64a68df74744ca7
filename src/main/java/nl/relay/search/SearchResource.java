package nl.relay.search;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.relay.accounts.Caller;
import nl.relay.platform.paging.PageRequest;
import nl.relay.posts.StreamFilter;
import nl.relay.search.feed.SearchFeedAddress;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/search}: every post ever written that you may read, found with the alert query language. */
@Path("/api/search")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Search")
public class SearchResource {

    private final Caller caller;
    private final Search search;
    private final SearchCounts counts;
    private final Suggestions suggestions;
    private final SearchFeedAddress feedAddress;

    SearchResource(Caller caller, Search search, SearchCounts counts, Suggestions suggestions,
            SearchFeedAddress feedAddress) {
        this.caller = caller;
        this.search = search;
        this.counts = counts;
        this.suggestions = suggestions;
        this.feedAddress = feedAddress;
    }

    @GET
    @Operation(summary = "Search posts", description = "q in the alert query language (words, \"phrases\", AND "
            + "implied, OR, NOT and -word, parentheses, client:, sector:, kind:, author:, topic:, group:, skill:, region:, "
            + "status:, signal:, and their Dutch names klant:, soort:, auteur:, onderwerp:, groep:, vaardigheid:, regio:, "
            + "signaal:), with the "
            + "alerts' analysis: case, accents and Dutch and English word forms do not matter. Filters as the "
            + "company stream (author, topic, kind, client, sector, group) and from/to dates (2026-03-31, both "
            + "days included). sort newest (default) or relevance (among the newest 10,000 matches). q may be "
            + "empty when a filter or date is given. Each hit has highlights: passages of the text, escaped HTML "
            + "in which only <mark> is markup. total is given on the first page when at most 1,000 posts match.")
    @APIResponse(responseCode = "200", description = "One page of hits")
    @APIResponse(responseCode = "422", description = "q cannot be read (the error names its position), or a "
            + "filter, date or sort cannot be used, or neither q nor a filter was given.")
    public SearchResults search(@BeanParam SearchParameters parameters, @BeanParam StreamFilter filter,
            @BeanParam PageRequest page) {
        return search.search(caller.accountId(), search.criteria(parameters, filter), page);
    }

    @GET
    @Path("/counts")
    @Operation(summary = "Counts per filter value", description = "For a search (same parameters), how many of its "
            + "newest 1,000 matches have each kind, client, sector, author, group and month; counted says how many "
            + "matches were counted.")
    public SearchCounts.Counts counts(@BeanParam SearchParameters parameters, @BeanParam StreamFilter filter) {
        return counts.count(caller.accountId(), search.criteria(parameters, filter));
    }

    @GET
    @Path("/suggest")
    @Operation(summary = "Typeahead suggestions", description = "People, topics, clients (by alias too) and groups "
            + "with a word in their name starting with q (up to 100 characters), five of each; only groups and "
            + "topics you may see.")
    public Suggestions.Suggested suggest(@QueryParam("q") String q) {
        return suggestions.suggest(caller.accountId(), q);
    }

    @GET
    @Path("/feed")
    @Operation(summary = "My search feed address", description = "The address of a search's private Atom feed is "
            + "/feeds/search.atom with the search's parameters and token=: this answers your token (made when "
            + "first asked for) and an example address.")
    public SearchFeedAddress.Address feed(@BeanParam SearchParameters parameters, @BeanParam StreamFilter filter) {
        return feedAddress.of(caller.accountId(), parameters, filter);
    }

    @POST
    @Path("/feed/renew")
    @Operation(summary = "Renew my search feed token", description = "Every search feed address given out before "
            + "stops working.")
    public SearchFeedAddress.Address renewFeed(@BeanParam SearchParameters parameters,
            @BeanParam StreamFilter filter) {
        return feedAddress.renew(caller.accountId(), parameters, filter);
    }
}
