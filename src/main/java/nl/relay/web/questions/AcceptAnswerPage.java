package nl.relay.web.questions;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import nl.relay.community.questions.AcceptAnswer;
import nl.relay.platform.errors.InvalidInput;
import nl.relay.platform.errors.ProblemException;
import nl.relay.posts.ReadablePosts;
import nl.relay.web.BackPath;
import nl.relay.web.PageSession;
import nl.relay.web.RefusedAction;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The thread page's buttons to accept a reply as the question's answer and to take that back, without JavaScript:
 * the same use case and refusals as the API, then back to the thread.
 */
@Path("/posts/{id}/accepted-answer")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class AcceptAnswerPage {

    private final PageSession session;
    private final AcceptAnswer acceptAnswer;
    private final RefusedAction refusals;

    AcceptAnswerPage(PageSession session, AcceptAnswer acceptAnswer, RefusedAction refusals) {
        this.session = session;
        this.acceptAnswer = acceptAnswer;
        this.refusals = refusals;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response accept(@PathParam("id") String id, @FormParam("postId") String postId,
            @FormParam("back") String back) {
        return session.signedIn(reader -> act(id, back, question -> {
            if (postId == null || !postId.strip().matches("\\d{1,18}")) {
                throw new InvalidInput("postId", "is no reply to this question");
            }
            acceptAnswer.accept(reader, question, Long.parseLong(postId.strip()));
        }));
    }

    @POST
    @Path("/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response withdraw(@PathParam("id") String id, @FormParam("back") String back) {
        return session.signedIn(reader -> act(id, back, question -> acceptAnswer.withdraw(reader, question)));
    }

    private Response act(String id, String back, java.util.function.LongConsumer action) {
        long question;
        try {
            question = ReadablePosts.id(id);
            action.accept(question);
        } catch (ProblemException e) {
            return refusals.page(e, back);
        }
        String target = BackPath.isLocal(back) ? back : "/posts/" + question;
        return Response.seeOther(URI.create(target + "#post-" + question)).build();
    }
}
