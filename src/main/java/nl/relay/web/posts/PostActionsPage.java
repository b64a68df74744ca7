package nl.relay.web.posts;

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
import java.util.function.LongConsumer;
import nl.relay.accounts.Caller;
import nl.relay.notifications.ThreadSubscriptions;
import nl.relay.platform.errors.InvalidInput;
import nl.relay.platform.errors.NotAllowed;
import nl.relay.platform.errors.Problem;
import nl.relay.platform.errors.ProblemException;
import nl.relay.platform.http.RequestLanguage;
import nl.relay.platform.text.ControlCharacters;
import nl.relay.posts.DeletePost;
import nl.relay.posts.EditPost;
import nl.relay.posts.LikePost;
import nl.relay.posts.Post;
import nl.relay.posts.PostEdit;
import nl.relay.posts.PostHistory;
import nl.relay.posts.PostResource;
import nl.relay.posts.PostViews;
import nl.relay.posts.ReadablePosts;
import nl.relay.web.BackPath;
import nl.relay.web.FormErrors;
import nl.relay.web.PageSession;
import nl.relay.web.PostCard;
import nl.relay.web.RefusedAction;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Acting on a post from its card without JavaScript: like, unlike, follow or mute the thread, edit
 * (with the history) and remove (after a confirmation). The same use cases as the API, the same answers
 * for who may not (404 for a post one cannot read, 403 for someone else's post); then back to the page.
 */
@Path("/posts/{id}")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class PostActionsPage {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance edit(String lang, PostCard card, boolean editable, String draft,
                List<Problem.FieldError> errors, List<PostResource.Version> history, String back);

        static native TemplateInstance remove(String lang, PostCard card, String back);

    }

    private final PageSession session;
    private final Caller caller;
    private final ReadablePosts readable;
    private final PostViews views;
    private final LikePost likePost;
    private final EditPost editPost;
    private final DeletePost deletePost;
    private final ThreadSubscriptions subscriptions;
    private final RequestLanguage language;
    private final RefusedAction refusals;

    PostActionsPage(PageSession session, Caller caller, ReadablePosts readable, PostViews views, LikePost likePost,
            EditPost editPost, DeletePost deletePost, ThreadSubscriptions subscriptions, RequestLanguage language,
            RefusedAction refusals) {
        this.refusals = refusals;
        this.session = session;
        this.caller = caller;
        this.readable = readable;
        this.views = views;
        this.likePost = likePost;
        this.editPost = editPost;
        this.deletePost = deletePost;
        this.subscriptions = subscriptions;
        this.language = language;
    }

    @POST
    @Path("/like")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response like(@PathParam("id") String id, @FormParam("back") String back) {
        return act(id, back, post -> likePost.like(reader(), post));
    }

    @POST
    @Path("/unlike")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response unlike(@PathParam("id") String id, @FormParam("back") String back) {
        return act(id, back, post -> likePost.unlike(reader(), post));
    }

    @POST
    @Path("/follow")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response follow(@PathParam("id") String id, @FormParam("back") String back) {
        return act(id, back, post -> subscriptions.set(reader(), post, false));
    }

    @POST
    @Path("/mute")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response mute(@PathParam("id") String id, @FormParam("back") String back) {
        return act(id, back, post -> subscriptions.set(reader(), post, true));
    }

    @GET
    @Path("/history")
    @Operation(hidden = true)
    public Response history(@PathParam("id") String id, @QueryParam("back") String back) {
        return session.signedIn(reader -> {
            try {
                Post post = readable.require(reader, ReadablePosts.id(id));
                return Response.ok(editPage(post, false, null, List.of(), back)).build();
            } catch (ProblemException e) {
                return refused(e, back);
            }
        });
    }

    @GET
    @Path("/edit")
    @Operation(hidden = true)
    public Response editForm(@PathParam("id") String id, @QueryParam("back") String back) {
        return session.signedIn(reader -> {
            try {
                Post post = readable.require(reader, ReadablePosts.id(id));
                requireAuthor(post, reader);
                return Response.ok(editPage(post, true, post.body, List.of(), back)).build();
            } catch (ProblemException e) {
                return refused(e, back);
            }
        });
    }

    @POST
    @Path("/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response edit(@PathParam("id") String id, @FormParam("body") String body,
            @FormParam("back") String back) {
        return session.signedIn(reader -> {
            String text = body == null ? "" : ControlCharacters.clean(body);
            try {
                if (text == null) {
                    text = ControlCharacters.strip(body);
                    throw new InvalidInput("body", "must not contain control characters");
                }
                Post post = editPost.edit(reader, ReadablePosts.id(id), new PostEdit(text));
                return Response.seeOther(URI.create(backTo(back, post))).build();
            } catch (InvalidInput e) {
                // The form again with the text kept and the reason next to it.
                try {
                    Post post = readable.require(reader, ReadablePosts.id(id));
                    return Response.status(422).entity(editPage(post, true, text, FormErrors.of(e, "body"), back))
                            .build();
                } catch (ProblemException gone) {
                    return refused(gone, back);
                }
            } catch (ProblemException e) {
                return refused(e, back);
            }
        });
    }

    @GET
    @Path("/remove")
    @Operation(hidden = true)
    public Response removeForm(@PathParam("id") String id, @QueryParam("back") String back) {
        return session.signedIn(reader -> {
            try {
                Post post = readable.require(reader, ReadablePosts.id(id));
                if (post.authorId != reader && !caller.isAdmin()) {
                    throw new NotAllowed("Only the author or an admin can remove a post.");
                }
                return Response.ok(Templates.remove(language.code(), PostCard.of(views.of(post, reader)),
                        backTo(back, post)).setLocale(language.locale())).build();
            } catch (ProblemException e) {
                return refused(e, back);
            }
        });
    }

    @POST
    @Path("/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response remove(@PathParam("id") String id, @FormParam("back") String back) {
        return act(id, back, post -> deletePost.delete(reader(), caller.isAdmin(), post));
    }

    /** Runs one action on a post, then back to the page it was asked from; a refusal answers as the API does. */
    private Response act(String id, String back, LongConsumer action) {
        return session.signedIn(reader -> {
            try {
                long postId = ReadablePosts.id(id);
                action.accept(postId);
                Post post = Post.findById(postId);
                return Response.seeOther(URI.create(backTo(back, post))).build();
            } catch (ProblemException e) {
                return refused(e, back);
            }
        });
    }

    private long reader() {
        return caller.accountId();
    }

    private static void requireAuthor(Post post, long reader) {
        if (post.authorId != reader) {
            throw new NotAllowed("Only the author can edit a post.");
        }
    }

    private TemplateInstance editPage(Post post, boolean editable, String draft, List<Problem.FieldError> errors,
            String back) {
        return Templates.edit(language.code(), PostCard.of(views.of(post, reader())), editable && !post.deleted,
                draft == null ? "" : draft, errors, PostHistory.of(post.id), backTo(back, post))
                .setLocale(language.locale());
    }

    private Response refused(ProblemException e, String back) {
        return refusals.page(e, back);
    }

    /** The page the action was asked from when it is a path on this site; else the post's thread. */
    static String backTo(String back, Post post) {
        if (BackPath.isLocal(back)) {
            return back;
        }
        return post == null ? "/" : "/posts/" + post.threadId;
    }
}
