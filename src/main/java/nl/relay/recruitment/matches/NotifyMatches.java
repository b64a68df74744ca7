package nl.relay.recruitment.matches;

import jakarta.enterprise.context.ApplicationScoped;
import nl.relay.platform.outbox.OutboxHandler;
import nl.relay.posts.PostWritten;

/**
 * Outbox job for a published post: when it presents a new vacancy, tells the owners of the five best fitting
 * available candidates; when it presents a new candidate, the owners of the five best fitting open vacancies. Any
 * other post, or one removed meanwhile, is done. {@link TellMatches} decides who is told.
 */
@ApplicationScoped
class NotifyMatches implements OutboxHandler<PostWritten> {

    private final TellMatches tellMatches;

    NotifyMatches(TellMatches tellMatches) {
        this.tellMatches = tellMatches;
    }

    @Override
    public String name() {
        return "recruitment.match";
    }

    @Override
    public Class<PostWritten> takes() {
        return PostWritten.class;
    }

    @Override
    public void handle(PostWritten message) {
        if (message instanceof PostWritten.PostPublished) {
            tellMatches.tell(message.postId());
        }
    }
}
