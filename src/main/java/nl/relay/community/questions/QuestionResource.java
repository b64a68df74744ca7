package nl.relay.community.questions;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.relay.accounts.Caller;
import nl.relay.platform.paging.Cursor;
import nl.relay.platform.paging.Page;
import nl.relay.platform.paging.PageRequest;
import nl.relay.posts.PostView;
import nl.relay.posts.PostViews;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Questions asked in the company, answered or open. */
@Path("/api/questions")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Questions")
public class QuestionResource {

    private final Caller caller;
    private final QuestionList questions;
    private final PostViews views;

    QuestionResource(Caller caller, QuestionList questions, PostViews views) {
        this.caller = caller;
        this.questions = questions;
        this.views = views;
    }

    @GET
    @Operation(summary = "Questions", description = "The questions you may read, newest first: open=true keeps only "
            + "those without an accepted answer; topic (a #topic) and group (a group id) narrow the list. Without "
            + "topic and group: the questions in the topics you follow and the groups you are a member of.")
    @APIResponse(responseCode = "200", description = "One page of questions")
    @APIResponse(responseCode = "422", description = "open is not true or false, topic is no topic, group no number, "
            + "or limit outside 1-100.")
    public Page<PostView> list(@BeanParam QuestionFilter filter, @BeanParam PageRequest page) {
        Long before = page.cursor(1).map(c -> c.longKey(0)).orElse(null);
        List<Long> ids = questions.page(caller.accountId(), filter, before, page.fetchSize());
        return Page.of(ids, page, id -> Cursor.of(id)).mapAll(items -> views.ofIds(items, caller.accountId()));
    }
}
