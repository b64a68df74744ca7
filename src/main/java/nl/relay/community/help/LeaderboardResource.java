package nl.relay.community.help;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.relay.accounts.Caller;
import nl.relay.platform.paging.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The people who help most, and how few give most of the accepted answers. */
@Path("/api/leaderboard")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Community")
public class LeaderboardResource {

    private final Caller caller;
    private final LeaderboardQuery query;
    LeaderboardResource(Caller caller, LeaderboardQuery query) {
        this.caller = caller;
        this.query = query;
    }

    @GET
    @Operation(summary = "Who helps most", description = "People ordered by accepted answers (by when they were "
            + "accepted), then answers and praise (by when they were written) in the period, counted over the posts "
            + "you may read; former colleagues are not named. distribution says how few people gave 80% of the "
            + "accepted answers.")
    @APIResponse(responseCode = "200", description = "The leaderboard")
    @APIResponse(responseCode = "422", description = "A date that is not an ISO date, to before from, or a period "
            + "over two years")
    public Leaderboard leaderboard(
            @Parameter(description = "First day (ISO date, Dutch time); default 89 days before to") @QueryParam("from") String from,
            @Parameter(description = "Last day, included (ISO date); default today") @QueryParam("to") String to,
            @Parameter(description = "How many people, 1 to 100; default 20") @QueryParam("limit") String limit) {
        return query.of(caller.accountId(), from, to, PageRequest.parseLimit(limit));
    }
}
