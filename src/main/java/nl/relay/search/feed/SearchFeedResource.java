package nl.relay.search.feed;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import nl.relay.alerts.feed.PostsAtom;
import nl.relay.platform.errors.NotFound;
import nl.relay.platform.http.PublicAddress;
import nl.relay.posts.PostView;
import nl.relay.posts.StreamFilter;
import nl.relay.search.Search;
import nl.relay.search.SearchCriteria;
import nl.relay.search.SearchParameters;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /feeds/search.atom?q=&token=}: a search's newest posts as a private Atom feed, for feed readers, which
 * cannot sign in: the account's feed token in the address is the key, and the feed holds what that account may
 * read at the moment it is fetched. A wrong or renewed token, or an account that left, is not found.
 */
@Path("/feeds/search.atom")
@PermitAll
@Tag(name = "Search")
public class SearchFeedResource {

    static final String ATOM = "application/atom+xml";
    static final int ENTRIES = 50;

    private final SearchFeedTokens tokens;
    private final Search search;
    private final PublicAddress address;

    SearchFeedResource(SearchFeedTokens tokens, Search search, PublicAddress address) {
        this.tokens = tokens;
        this.search = search;
        this.address = address;
    }

    /** Served whatever the reader's Accept header says: feed readers send all kinds. */
    @GET
    @Operation(summary = "A search as an Atom feed", description = "The newest 50 posts a search finds, for the "
            + "account whose feed token is given; the same parameters as GET /api/search.")
    @APIResponse(responseCode = "200", description = "The feed", content = @Content(mediaType = ATOM, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "The token is no account's current feed token.")
    public Response atom(@QueryParam("token") String token, @BeanParam SearchParameters parameters,
            @BeanParam StreamFilter filter, @Context UriInfo uri) {
        long accountId = tokens.accountOf(token).orElseThrow(() -> new NotFound("There is no such feed."));
        SearchCriteria criteria = search.criteria(parameters, filter);
        List<PostView> posts = search.posts(accountId, criteria, ENTRIES);
        String query = parameters.q == null || parameters.q.isBlank() ? "" : parameters.q.strip();
        String pageQuery = uri.getRequestUri().getRawQuery().replaceAll("(^|&)token=[^&]*", "")
                .replaceAll("^&", "");
        String atom = new PostsAtom(address.base()).write("Relay: " + (query.isEmpty() ? "search" : query),
                query, "/search?" + pageQuery, null, Instant.EPOCH, posts);
        return Response.ok(atom, ATOM + ";charset=utf-8").header("Cache-Control", "private, no-cache")
                .header("Referrer-Policy", "no-referrer").build();
    }
}
