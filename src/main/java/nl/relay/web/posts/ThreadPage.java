package nl.relay.web.posts;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.event.Event;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import nl.relay.notifications.AcknowledgePost;
import nl.relay.notifications.Receipt;
import nl.relay.notifications.Receipts;
import nl.relay.platform.errors.InvalidInput;
import nl.relay.platform.errors.NotFound;
import nl.relay.platform.errors.Problem;
import nl.relay.platform.http.RequestLanguage;
import nl.relay.platform.text.ControlCharacters;
import nl.relay.posts.NewPost;
import nl.relay.posts.Post;
import nl.relay.posts.PostViews;
import nl.relay.posts.PostsOpened;
import nl.relay.posts.PublishPost;
import nl.relay.posts.ReadablePosts;
import nl.relay.web.FormErrors;
import nl.relay.web.PageSession;
import nl.relay.web.PostCard;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A thread: the root, its replies oldest first, and a reply box. */
@Path("/posts/{id}")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class ThreadPage {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance thread(String lang, PostCard root, List<PostCard> replies, String draft,
                List<Problem.FieldError> errors, List<Receipt> receipts, boolean awaitsAck);
    }

    private final PageSession session;
    private final ReadablePosts readable;
    private final PostViews views;
    private final PublishPost publishPost;
    private final RequestLanguage language;
    private final Event<PostsOpened> opened;
    private final Receipts receipts;
    private final AcknowledgePost acknowledgePost;

    ThreadPage(PageSession session, ReadablePosts readable, PostViews views, PublishPost publishPost,
            RequestLanguage language, Event<PostsOpened> opened, Receipts receipts, AcknowledgePost acknowledgePost) {
        this.session = session;
        this.readable = readable;
        this.views = views;
        this.publishPost = publishPost;
        this.language = language;
        this.opened = opened;
        this.receipts = receipts;
        this.acknowledgePost = acknowledgePost;
    }

    @GET
    @Operation(hidden = true)
    public Response thread(@PathParam("id") String id) {
        return session.signedIn(reader -> page(reader, id, "", List.of()));
    }

    private Response page(long reader, String id, String draft, List<Problem.FieldError> errors) {
        try {
            Post post = readable.require(reader, ReadablePosts.id(id));
            Post root = post.isRoot() ? post : Post.findById(post.threadId);
            List<Post> replies = readable.repliesTo(reader, root);
            List<Long> shown = new java.util.ArrayList<>(List.of(root.id));
            replies.forEach(reply -> shown.add(reply.id));
            opened.fire(new PostsOpened(reader, shown));
            List<Receipt> shownReceipts = root.authorId == reader ? receipts.of(reader, root.id) : List.of();
            TemplateInstance page = Templates.thread(language.code(), PostCard.of(views.of(root, reader)),
                    PostCard.of(views.of(replies, reader)), draft, errors, shownReceipts,
                    acknowledgePost.awaits(reader, root.id));
            return Response.status(errors.isEmpty() ? 200 : 422).entity(page.setLocale(language.locale())).build();
        } catch (NotFound e) {
            return Response.status(404).entity(notFound()).build();
        }
    }

    TemplateInstance notFound() {
        return Templates.thread(language.code(), null, List.of(), "", List.of(), List.of(), false)
                .setLocale(language.locale());
    }

    @POST
    @Path("/replies")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response reply(@PathParam("id") String id, @FormParam("body") String body) {
        return session.signedIn(reader -> {
            String text = body == null ? "" : ControlCharacters.clean(body);
            try {
                if (text == null) {
                    text = ControlCharacters.strip(body);
                    throw new InvalidInput("body", "must not contain control characters");
                }
                publishPost.publish(reader, new NewPost(text, null, null, null, null, ReadablePosts.id(id)));
            } catch (InvalidInput e) {
                // The thread again with the reply kept and the reason: 404 when the thread is gone, else 422.
                return page(reader, id, text, FormErrors.of(e, "body"));
            } catch (NotFound e) {
                return Response.status(404).entity(notFound()).build();
            }
            return Response.seeOther(URI.create("/posts/" + ReadablePosts.id(id))).build();
        });
    }
}
