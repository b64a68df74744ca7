package nl.relay.web.moderation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import nl.relay.community.moderation.AskForReview;
import nl.relay.community.moderation.ReportPost;
import nl.relay.platform.errors.InvalidInput;
import nl.relay.platform.errors.Problem;
import nl.relay.platform.errors.ProblemException;
import nl.relay.platform.http.RequestLanguage;
import nl.relay.posts.Post;
import nl.relay.posts.PostViews;
import nl.relay.posts.ReadablePosts;
import nl.relay.web.BackPath;
import nl.relay.web.FormErrors;
import nl.relay.web.PageSession;
import nl.relay.web.PostCard;
import nl.relay.web.RefusedAction;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Reporting a post from its card (a form with the reason), and the author of a hidden post asking for a review. */
@Path("/posts/{id}")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class ReportPage {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance report(String lang, PostCard card, String draft,
                List<Problem.FieldError> errors, boolean done, String back);

    }

    private final PageSession session;
    private final ReadablePosts readable;
    private final PostViews views;
    private final ReportPost reportPost;
    private final AskForReview askForReview;
    private final RequestLanguage language;
    private final RefusedAction refusals;

    ReportPage(PageSession session, ReadablePosts readable, PostViews views, ReportPost reportPost,
            AskForReview askForReview, RequestLanguage language, RefusedAction refusals) {
        this.refusals = refusals;
        this.session = session;
        this.readable = readable;
        this.views = views;
        this.reportPost = reportPost;
        this.askForReview = askForReview;
        this.language = language;
    }

    @GET
    @Path("/report")
    @Operation(hidden = true)
    public Response form(@PathParam("id") String id, @QueryParam("back") String back) {
        return session.signedIn(reader -> {
            try {
                Post post = readable.require(reader, ReadablePosts.id(id));
                return Response.ok(page(post, reader, "", List.of(), false, back)).build();
            } catch (ProblemException e) {
                return refused(e, back);
            }
        });
    }

    @POST
    @Path("/report")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response report(@PathParam("id") String id, @FormParam("reason") String reason,
            @FormParam("back") String back) {
        return session.signedIn(reader -> {
            long postId;
            try {
                postId = ReadablePosts.id(id);
                reportPost.report(reader, postId, reason);
                return Response.ok(page(Post.findById(postId), reader, "", List.of(), true, back)).build();
            } catch (InvalidInput e) {
                try {
                    Post post = readable.require(reader, ReadablePosts.id(id));
                    return Response.status(422).entity(page(post, reader, reason == null ? "" : reason,
                            FormErrors.of(e, "reason"), false, back)).build();
                } catch (ProblemException gone) {
                    return refused(gone, back);
                }
            } catch (ProblemException e) {
                return refused(e, back);
            }
        });
    }

    @POST
    @Path("/review")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response review(@PathParam("id") String id, @FormParam("back") String back) {
        return session.signedIn(reader -> {
            try {
                long postId = ReadablePosts.id(id);
                askForReview.ask(reader, postId);
                return Response.seeOther(URI.create(BackPath.or(back, "/posts/" + postId))).build();
            } catch (ProblemException e) {
                return refused(e, back);
            }
        });
    }

    private TemplateInstance page(Post post, long reader, String draft, List<Problem.FieldError> errors, boolean done,
            String back) {
        return Templates.report(language.code(), PostCard.of(views.of(post, reader)), draft, errors, done,
                BackPath.or(back, "/posts/" + post.threadId)).setLocale(language.locale());
    }

    private Response refused(ProblemException e, String back) {
        return refusals.page(e, back);
    }
}
