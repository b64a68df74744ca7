package nl.relay.posts;

import io.quarkus.security.Authenticated;
import jakarta.enterprise.event.Event;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import nl.relay.accounts.Caller;
import nl.relay.accounts.Role;
import nl.relay.platform.errors.NotAllowed;
import nl.relay.platform.paging.Cursor;
import nl.relay.platform.paging.Page;
import nl.relay.platform.paging.PageRequest;
import nl.relay.posts.attachments.FileParts;
import nl.relay.posts.attachments.IncomingFile;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

/** Posts and threads: write, read, edit, remove, like, and the company stream. */
@Path("/api/posts")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Posts")
public class PostResource {

    private final Caller caller;
    private final PublishPost publishPost;
    private final EditPost editPost;
    private final DeletePost deletePost;
    private final LikePost likePost;
    private final ReadablePosts readable;
    private final PostViews views;
    private final CompanyStream stream;
    private final Event<PostsOpened> opened;
    private final FileParts fileParts;

    PostResource(Caller caller, PublishPost publishPost, EditPost editPost, DeletePost deletePost, LikePost likePost,
            ReadablePosts readable, PostViews views, CompanyStream stream, Event<PostsOpened> opened,
            FileParts fileParts) {
        this.fileParts = fileParts;
        this.caller = caller;
        this.publishPost = publishPost;
        this.editPost = editPost;
        this.deletePost = deletePost;
        this.likePost = likePost;
        this.readable = readable;
        this.views = views;
        this.stream = stream;
        this.opened = opened;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish a post or a reply", description = "body 1-5,000 characters after trimming; kind "
            + "note (default), question or signal (a signal needs clientId and signalType: leaving, new-manager, "
            + "reorganisation, growth, tender, complaint or other); candidate and vacancy only for recruiters (403 "
            + "otherwise): a quick labelled post, where POST /api/candidates and POST /api/vacancies make the "
            + "structured, filterable offer with its post. #topics and @mentions of active accounts are read from "
            + "the body. Kind praise thanks colleagues: the body (at most 500 characters) is the reason and must "
            + "@mention at least one active colleague other than you; they get a praise notification instead of a "
            + "mention. Kind poll needs poll (and only a poll has one): 2-10 distinct one-line options of at most "
            + "200 characters, and closesAt, in the future and at most a year ahead; the body is the question "
            + "(polls are sent as JSON only). inReplyTo may be any post of a thread. attachmentIds names files you uploaded beforehand "
            + "(POST /api/attachments) and that are on no post yet; any other id is a 422. Sent as "
            + "multipart/form-data, the same fields come as form fields, with the files in parts named file: at most "
            + "relay.attachments.max-count files (10) of relay.attachments.max-size (10 MiB) each, none empty, the "
            + "whole form at most relay.attachments.max-request-size (30 MiB). A refused file stores nothing.")
    @RequestBody(content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewPost.class)),
            @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(implementation = NewPostForm.class))})
    @APIResponse(responseCode = "201", description = "Published; Location names the post", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PostView.class)))
    @APIResponse(responseCode = "403", description = "Only recruiters post candidates and vacancies.")
    @APIResponse(responseCode = "413", description = "A file is larger than relay.attachments.max-size, or the form "
            + "larger than relay.attachments.max-request-size (a JSON body: larger than 1 MiB).")
    @APIResponse(responseCode = "415", description = "The body is sent neither as application/json nor as "
            + "multipart/form-data.")
    @APIResponse(responseCode = "429", description = "More than relay.limits.posts.per-minute (60) or per-hour (600) "
            + "posts by you; Retry-After says when to try again.")
    public Response publish(@Valid @NotNull NewPost request) {
        return published(publishPost.publish(caller.accountId(), mayPost(request)));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(hidden = true)
    public Response publishWithFiles(NewPostForm form) {
        NewPost request = mayPost(form.newPost());
        int uploaded = request.attachmentIds() == null ? 0 : request.attachmentIds().size();
        List<IncomingFile> files = fileParts.read(FILE_FIELD, form.file, uploaded);
        return published(publishPost.publish(caller.accountId(), request, FILE_FIELD, files));
    }

    /** The form field files come in. */
    private static final String FILE_FIELD = "file";

    private NewPost mayPost(NewPost request) {
        if (request.isRecruitersKind() && !caller.hasRole(Role.RECRUITER)) {
            throw new NotAllowed("Only recruiters post candidates and vacancies.");
        }
        return request;
    }

    private Response published(long id) {
        return Response.created(URI.create("/api/posts/" + id))
                .entity(views.ofIds(List.of(id), caller.accountId()).get(0))
                .build();
    }

    @GET
    @Operation(summary = "The company stream", description = "Every post you may see, newest first, filtered by "
            + "author (username), topic, kind, client (id), sector (code) and group (id).")
    public Page<PostView> companyStream(@BeanParam StreamFilter filter, @BeanParam PageRequest page) {
        Long before = page.cursor(1).map(c -> c.longKey(0)).orElse(null);
        List<Long> ids = stream.page(caller.accountId(), filter, before, page.fetchSize());
        return Page.of(ids, page, id -> Cursor.of(id)).mapAll(items -> views.ofIds(items, caller.accountId()));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One post", description = "A removed post answers as a tombstone: deleted true, no text.")
    public PostView get(@PathParam("id") String id) {
        Post post = readable.require(caller.accountId(), ReadablePosts.id(id));
        opened.fire(new PostsOpened(caller.accountId(), List.of(post.id)));
        return views.of(post, caller.accountId());
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit my post", description = "Author only; every earlier version is kept (see history).")
    @APIResponse(responseCode = "200", description = "The post as edited")
    @APIResponse(responseCode = "403", description = "Only the author can edit a post.")
    @APIResponse(responseCode = "409", description = "The post was removed.")
    public PostView edit(@PathParam("id") String id, @Valid @NotNull PostEdit request) {
        Post post = editPost.edit(caller.accountId(), ReadablePosts.id(id), request);
        return views.of(post, caller.accountId());
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Every version of a post", description = "Oldest first; the first version's editedAt is "
            + "when the post was written, the last is the current text. Empty for a removed post.")
    public List<Version> history(@PathParam("id") String id) {
        Post post = readable.require(caller.accountId(), ReadablePosts.id(id));
        return PostHistory.of(post.id);
    }

    @DELETE
    @Path("/{id}")
    @ResponseStatus(204)
    @Operation(summary = "Remove a post", description = "Author or admin. Text, history and likes leave every "
            + "reader's sight; a tombstone stays so replies keep their context. The legal archive (GET "
            + "/api/admin/export) keeps what was said, with who removed it and when.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", description = "Only the author or an admin can remove a post.")
    public void delete(@PathParam("id") String id) {
        deletePost.delete(caller.accountId(), caller.isAdmin(), ReadablePosts.id(id));
    }

    @GET
    @Path("/{id}/thread")
    @Operation(summary = "The thread a post belongs to", description = "The root and every reply, oldest first; "
            + "a question's accepted answer comes first.")
    public ThreadView thread(@PathParam("id") String id) {
        Post post = readable.require(caller.accountId(), ReadablePosts.id(id));
        Post root = post.isRoot() ? post : Post.findById(post.threadId);
        List<PostView> replies = acceptedFirst(views.of(readable.repliesTo(caller.accountId(), root),
                caller.accountId()));
        List<Long> shown = new java.util.ArrayList<>(List.of(root.id));
        replies.forEach(reply -> shown.add(reply.id()));
        opened.fire(new PostsOpened(caller.accountId(), shown));
        return new ThreadView(views.of(root, caller.accountId()), replies);
    }

    /** The replies with a question's accepted answer first, the others as they were. */
    private static List<PostView> acceptedFirst(List<PostView> replies) {
        List<PostView> ordered = new java.util.ArrayList<>(replies.size());
        replies.stream().filter(PostView::acceptedAnswer).forEach(ordered::add);
        replies.stream().filter(reply -> !reply.acceptedAnswer()).forEach(ordered::add);
        return ordered;
    }

    @PUT
    @Path("/{id}/like")
    @ResponseStatus(204)
    @Operation(summary = "Like a post (idempotent)")
    @APIResponse(responseCode = "204", description = "Liked")
    @APIResponse(responseCode = "409", description = "The post was removed.")
    public void like(@PathParam("id") String id) {
        likePost.like(caller.accountId(), ReadablePosts.id(id));
    }

    @DELETE
    @Path("/{id}/like")
    @ResponseStatus(204)
    @Operation(summary = "Take back a like (idempotent)")
    public void unlike(@PathParam("id") String id) {
        likePost.unlike(caller.accountId(), ReadablePosts.id(id));
    }

    /** A thread: its root and the replies, oldest first (a question's accepted answer first). */
    public record ThreadView(PostView root, List<PostView> replies) {
    }

    /** One version of a post's text. */
    public record Version(String body, Instant editedAt) {
    }
}
