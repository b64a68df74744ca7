package nl.relay.web.polls;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
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
import nl.relay.community.polls.CastVote;
import nl.relay.platform.errors.InvalidInput;
import nl.relay.platform.errors.ProblemException;
import nl.relay.platform.http.RequestLanguage;
import nl.relay.posts.Post;
import nl.relay.posts.ReadablePosts;
import nl.relay.web.BackPath;
import nl.relay.web.PageSession;
import nl.relay.web.RefusedAction;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Voting in a poll from its card without JavaScript: the same use case and refusals as the API, then back to the
 * page the vote was cast on (the post's thread when that is not a path on this site).
 */
@Path("/posts/{id}/vote")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class PollVotePage {

    private final PageSession session;
    private final CastVote castVote;
    private final RequestLanguage language;
    private final RefusedAction refusedAction;

    PollVotePage(PageSession session, CastVote castVote, RequestLanguage language, RefusedAction refusedAction) {
        this.session = session;
        this.castVote = castVote;
        this.language = language;
        this.refusedAction = refusedAction;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response vote(@PathParam("id") String id, @FormParam("option") String option,
            @FormParam("back") String back) {
        return session.signedIn(voter -> {
            try {
                long postId = ReadablePosts.id(id);
                castVote.vote(voter, postId, optionIndex(option));
                return Response.seeOther(URI.create(backTo(back, postId))).build();
            } catch (ProblemException e) {
                return refused(e, back);
            }
        });
    }

    @POST
    @Path("/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response withdraw(@PathParam("id") String id, @FormParam("back") String back) {
        return session.signedIn(voter -> {
            try {
                long postId = ReadablePosts.id(id);
                castVote.withdraw(voter, postId);
                return Response.seeOther(URI.create(backTo(back, postId))).build();
            } catch (ProblemException e) {
                return refused(e, back);
            }
        });
    }

    /** The option's index as sent; anything else is no option (refused as out of range). */
    private static Integer optionIndex(String option) {
        try {
            return option == null ? null : Integer.valueOf(option.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private Response refused(ProblemException e, String back) {
        PollMessages says = MessageBundles.get(PollMessages.class, Localized.Literal.of(language.code()));
        String why = switch (e) {
            case InvalidInput invalid -> says.refused_option();
            default -> e.status() == 409 ? says.refused_closed() : null;
        };
        return refusedAction.page(e, back, why);
    }

    /** The page the vote was cast on when it is a path on this site; else the post's thread. */
    private static String backTo(String back, long postId) {
        if (BackPath.isLocal(back)) {
            return back;
        }
        Post post = Post.findById(postId);
        return post == null ? "/" : "/posts/" + post.threadId;
    }
}
