package nl.relay.search;

import java.util.List;
import nl.relay.posts.PostView;

/** A post a search found, with passages of its text in which the words found are marked (escaped HTML). */
public record SearchHit(PostView post, List<String> highlights) {
}
