package nl.relay.community.questions;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.relay.accounts.Caller;
import nl.relay.posts.Post;
import nl.relay.posts.PostView;
import nl.relay.posts.PostViews;
import nl.relay.posts.ReadablePosts;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

/** A question's accepted answer: chosen, replaced or taken back by its asker or a manager of its group. */
@Path("/api/posts/{id}/accepted-answer")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Questions")
public class AcceptedAnswerResource {

    private final Caller caller;
    private final AcceptAnswer acceptAnswer;
    private final PostViews views;

    AcceptedAnswerResource(Caller caller, AcceptAnswer acceptAnswer, PostViews views) {
        this.caller = caller;
        this.acceptAnswer = acceptAnswer;
        this.views = views;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Accept a reply as the question's answer", description = "id is the question (the first "
            + "post of its thread, of kind question); postId a reply in that thread that was not removed. Replaces "
            + "an earlier choice. Only the asker or an owner or admin of the question's group may choose. The "
            + "reply's author is notified (type accepted), unless they chose it themselves.")
    @APIResponse(responseCode = "200", description = "The question, with acceptedAnswerId set")
    @APIResponse(responseCode = "403", description = "Only the asker or a manager of the question's group chooses.")
    @APIResponse(responseCode = "404", description = "No such post, or one you may not read.")
    @APIResponse(responseCode = "409", description = "The post is no question, or it was removed.")
    @APIResponse(responseCode = "422", description = "postId is no reply in this thread, or it was removed.")
    public PostView accept(@PathParam("id") String id, @Valid @NotNull AnswerChoice choice) {
        long questionId = ReadablePosts.id(id);
        acceptAnswer.accept(caller.accountId(), questionId, choice.postId());
        return views.of((Post) Post.findById(questionId), caller.accountId());
    }

    @DELETE
    @ResponseStatus(204)
    @Operation(summary = "Take back the accepted answer", description = "The question is open again; nothing "
            + "happens when no answer was accepted. Same rules as accepting.")
    @APIResponse(responseCode = "204", description = "No answer is accepted now")
    @APIResponse(responseCode = "403", description = "Only the asker or a manager of the question's group chooses.")
    @APIResponse(responseCode = "404", description = "No such post, or one you may not read.")
    @APIResponse(responseCode = "409", description = "The post is no question, or it was removed.")
    public void withdraw(@PathParam("id") String id) {
        acceptAnswer.withdraw(caller.accountId(), ReadablePosts.id(id));
    }
}
