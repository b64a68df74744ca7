package nl.relay.community.help;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.relay.accounts.Account;
import nl.relay.accounts.Caller;
import nl.relay.platform.errors.NotFound;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** How much a colleague helps others. */
@Path("/api/people")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Community")
public class PersonHelpResource {

    private final Caller caller;
    private final HelpCounts counts;

    PersonHelpResource(Caller caller, HelpCounts counts) {
        this.caller = caller;
        this.counts = counts;
    }

    @GET
    @Path("/{username}/help")
    @Operation(summary = "How much a person helps", description = "Answers to other people's questions, accepted "
            + "answers, praise received and the median minutes from a question to their first reply, counted over "
            + "the posts you may read.")
    @APIResponse(responseCode = "200", description = "The numbers")
    @APIResponse(responseCode = "404", description = "No such person")
    public PersonHelp help(@PathParam("username") String username) {
        Account person = Account.findByUsername(username).orElseThrow(() -> new NotFound("No such person."));
        return counts.of(caller.accountId(), person.id);
    }
}
