package nl.relay.search;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a search: the hits, the next page's cursor, and on the first page the number of matches when there
 * are at most 1,000 (null when there are more, or on later pages).
 */
public record SearchResults(List<SearchHit> items, @Schema(nullable = true) String next,
        @Schema(nullable = true) Integer total) {
}
