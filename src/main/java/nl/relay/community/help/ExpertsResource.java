package nl.relay.community.help;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.relay.accounts.Caller;
import nl.relay.directory.Client;
import nl.relay.platform.errors.InvalidInput;
import nl.relay.platform.errors.NotFound;
import nl.relay.platform.paging.PageRequest;
import nl.relay.posts.PostText;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who knows about a topic or a client. */
@Path("/api/experts")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Community")
public class ExpertsResource {

    private final Caller caller;
    private final Experts experts;

    ExpertsResource(Caller caller, Experts experts) {
        this.caller = caller;
        this.experts = experts;
    }

    @GET
    @Operation(summary = "Who knows about a topic or client", description = "The people whose answers to questions "
            + "about the topic (or client) were accepted most, most first, counted over the posts you may read. Give "
            + "exactly one of topic and client.")
    @APIResponse(responseCode = "200", description = "The people, most accepted answers first")
    @APIResponse(responseCode = "404", description = "No such client")
    @APIResponse(responseCode = "422", description = "Neither or both of topic and client, or not a topic")
    public List<Expert> experts(
            @Parameter(description = "A topic, with or without #") @QueryParam("topic") String topic,
            @Parameter(description = "A client's id") @QueryParam("client") String client,
            @Parameter(description = "How many people, 1 to 100; default 20") @QueryParam("limit") String limit) {
        boolean byTopic = topic != null && !topic.isBlank();
        boolean byClient = client != null && !client.isBlank();
        if (byTopic == byClient) {
            throw new InvalidInput("topic", "give exactly one of topic and client");
        }
        int size = PageRequest.parseLimit(limit);
        if (byTopic) {
            String name = PostText.normaliseTopic(topic).orElseThrow(() -> new InvalidInput("topic", "is not a topic"));
            return experts.onTopic(caller.accountId(), name, size);
        }
        long id = clientId(client);
        return experts.onClient(caller.accountId(), id, size);
    }

    private static long clientId(String text) {
        long id;
        try {
            id = Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput("client", "must be a client's id");
        }
        if (Client.findById(id) == null) {
            throw new NotFound("No such client.");
        }
        return id;
    }
}
