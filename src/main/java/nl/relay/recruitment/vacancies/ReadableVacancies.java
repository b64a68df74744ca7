package nl.relay.recruitment.vacancies;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import nl.relay.platform.errors.NotFound;
import nl.relay.platform.http.PathIds;
import nl.relay.posts.Post;
import nl.relay.posts.PostVisibility;

/**
 * The vacancies a reader may see: those whose post they may read (PostVisibility decides) and that was not
 * removed. Anything else answers exactly like a vacancy that does not exist.
 */
@ApplicationScoped
public class ReadableVacancies {

    private final PostVisibility visibility;

    ReadableVacancies(PostVisibility visibility) {
        this.visibility = visibility;
    }

    public Vacancy require(long viewerId, String rawId) {
        return require(viewerId, PathIds.parse(rawId, () -> absent(rawId)));
    }

    public Vacancy require(long viewerId, long id) {
        return find(viewerId, id, false).orElseThrow(() -> absent(Long.toString(id)));
    }

    /** The vacancy locked against other changes, when the reader may see it. */
    public Vacancy requireLocked(long viewerId, long id) {
        return find(viewerId, id, true).orElseThrow(() -> absent(Long.toString(id)));
    }

    public boolean mayRead(long viewerId, Vacancy vacancy) {
        Post post = Post.findById(vacancy.postId);
        return post != null && !post.deleted && visibility.mayRead(viewerId, post);
    }

    private Optional<Vacancy> find(long viewerId, long id, boolean locked) {
        Optional<Vacancy> vacancy = locked ? Vacancy.lockedById(id) : Vacancy.byId(id);
        return vacancy.filter(v -> mayRead(viewerId, v));
    }

    private static NotFound absent(String id) {
        return new NotFound("There is no vacancy " + id + ".");
    }
}
