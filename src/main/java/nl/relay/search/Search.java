package nl.relay.search;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import nl.relay.platform.paging.PageRequest;
import nl.relay.posts.PostView;
import nl.relay.posts.PostViews;
import nl.relay.posts.StreamFilter;
import nl.relay.search.query.Highlights;

/** A search as the API and the pages answer it: the posts found, as the reader sees them, with highlights. */
@ApplicationScoped
public class Search {

    private final SearchPosts posts;
    private final PostViews views;
    private final SearchConfig config;

    Search(SearchPosts posts, PostViews views, SearchConfig config) {
        this.posts = posts;
        this.views = views;
        this.config = config;
    }

    /** The criteria from request parameters; a 422 naming the parameter that cannot be used. */
    public SearchCriteria criteria(SearchParameters parameters, StreamFilter filter) {
        return SearchCriteria.of(parameters, filter, config.timeZone());
    }

    /** A post found, with the passages of its text that show what was found. */
    public record Hit(PostView post, List<Highlights.Passage> passages) {
    }

    /** One page of hits, the next page's cursor, and on the first page the number of matches up to 1,000. */
    public record Found(List<Hit> hits, String next, Integer total) {
    }

    public Found find(long readerId, SearchCriteria criteria, PageRequest page) {
        SearchPosts.Found found = posts.search(readerId, criteria, page);
        Set<String> words = criteria.query() == null ? Set.of() : criteria.query().wordsSought();
        List<Hit> hits = views.ofIds(found.ids(), readerId).stream()
                .map(post -> new Hit(post, Highlights.passages(post.body(), words)))
                .toList();
        return new Found(hits, found.next(), found.total());
    }

    /** A page of hits as the API gives them, with the passages as escaped HTML. */
    public SearchResults search(long readerId, SearchCriteria criteria, PageRequest page) {
        Found found = find(readerId, criteria, page);
        return new SearchResults(found.hits().stream().map(hit -> new SearchHit(hit.post(),
                hit.passages().stream().map(Highlights.Passage::html).toList())).toList(), found.next(),
                found.total());
    }

    /** The posts only, for a feed. */
    public List<PostView> posts(long readerId, SearchCriteria criteria, int limit) {
        return views.ofIds(posts.search(readerId, criteria, PageRequest.first(limit)).ids(), readerId);
    }
}
