package nl.relay.feeds;

import io.quarkus.security.Authenticated;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.relay.accounts.Caller;
import nl.relay.platform.database.LikePattern;
import nl.relay.platform.database.NativeSql;
import nl.relay.platform.errors.InvalidInput;
import nl.relay.platform.paging.PageRequest;
import nl.relay.posts.PostText;
import nl.relay.posts.PostVisibility;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Topic autocomplete. */
@Path("/api/topics")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Feeds and follows")
public class TopicResource {

    private final Caller caller;
    private final PostVisibility visibility;
    private final EntityManager entityManager;

    TopicResource(Caller caller, PostVisibility visibility, EntityManager entityManager) {
        this.caller = caller;
        this.visibility = visibility;
        this.entityManager = entityManager;
    }

    @GET
    @Operation(summary = "Topics for autocomplete", description = "Topics starting with prefix, most used first, "
            + "with the number of posts you can see.")
    public List<TopicView> topics(@QueryParam("prefix") String prefix, @QueryParam("limit") String limit) {
        String start = prefix == null || prefix.isBlank()
                ? ""
                : PostText.normaliseTopic(prefix + "a")
                        .map(t -> t.substring(0, t.length() - 1))
                        .orElseThrow(() -> new InvalidInput("prefix", "is not the start of a topic"));
        int size = PageRequest.parseLimit(limit);
        return NativeSql.select(entityManager, """
                select t.topic, count(*) as post_count from post_topic t join post p on p.id = t.post_id
                where t.topic like :prefix and """ + visibility.shownClause("p", ":viewer") + """
                group by t.topic order by count(*) desc, t.topic limit :limit""")
                .bind("prefix", LikePattern.startingWith(start))
                .bind("viewer", caller.accountId())
                .bind("limit", size)
                .list(row -> new TopicView(row.text("topic"), row.longValue("post_count")));
    }

    /** A topic and how many posts carry it. */
    public record TopicView(String name, long postCount) {
    }
}
