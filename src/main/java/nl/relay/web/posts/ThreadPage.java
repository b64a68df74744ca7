package nl.relay.web.posts;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.event.Event;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.relay.accounts.Caller;
import nl.relay.community.announcements.AcknowledgementRate;
import nl.relay.community.announcements.AnnouncementReceipts;
import nl.relay.community.questions.QuestionAuthority;
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
import nl.relay.posts.PostView;
import nl.relay.posts.PostViews;
import nl.relay.posts.PostsOpened;
import nl.relay.posts.PublishPost;
import nl.relay.posts.ReadablePosts;
import nl.relay.web.BackPath;
import nl.relay.web.FormErrors;
import nl.relay.web.PageSession;
import nl.relay.web.PostCard;
import nl.relay.web.questions.AcceptedFirst;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A thread: the root, its direct replies oldest first, each followed by the replies to it (at any depth)
 * indented one level, and a reply box that answers any post of the thread.
 */
@Path("/posts/{id}")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class ThreadPage {

    /** How much of the root's text names the thread in its heading and title. */
    private static final int TITLE_LENGTH = 60;

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance thread(String lang, ThreadHead root, List<ThreadEntry> replies, String draft,
                List<Problem.FieldError> errors, List<Receipt> receipts, boolean awaitsAck,
                AcknowledgementRate announcementRate);
    }

    /**
     * The thread's root card with what the page says around it: its heading, the way back, and which post
     * the reply box answers (the root unless the reader chose another).
     */
    public record ThreadHead(PostCard card, String start, String back, ThreadEntry replyTo, boolean mayAccept) {

        /** The root post, as {@code root.post} in the template. */
        public PostView post() {
            return card.post();
        }
    }

    /** A reply in the thread: indented when it answers another reply, with whose post it answers. */
    public record ThreadEntry(PostCard card, boolean nested, String answers) {
    }

    private final PageSession session;
    private final ReadablePosts readable;
    private final PostViews views;
    private final PublishPost publishPost;
    private final RequestLanguage language;
    private final Event<PostsOpened> opened;
    private final Receipts receipts;
    private final AcknowledgePost acknowledgePost;
    private final AnnouncementReceipts announcementReceipts;
    private final Caller caller;

    ThreadPage(PageSession session, ReadablePosts readable, PostViews views, PublishPost publishPost,
            RequestLanguage language, Event<PostsOpened> opened, Receipts receipts, AcknowledgePost acknowledgePost,
            AnnouncementReceipts announcementReceipts, Caller caller) {
        this.announcementReceipts = announcementReceipts;
        this.caller = caller;
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
    public Response thread(@PathParam("id") String id, @QueryParam("replyTo") String replyTo,
            @QueryParam("from") String from, @HeaderParam("Referer") String referer,
            @HeaderParam("Host") String host) {
        return session.signedIn(reader -> page(reader, id, replyTo, way(from, referer, host), "", List.of()));
    }

    private Response page(long reader, String id, String replyTo, String back, String draft,
            List<Problem.FieldError> errors) {
        try {
            Post post = readable.require(reader, ReadablePosts.id(id));
            Post root = post.isRoot() ? post : Post.findById(post.threadId);
            List<Post> replies = readable.repliesTo(reader, root);
            List<Long> shown = new ArrayList<>(List.of(root.id));
            replies.forEach(reply -> shown.add(reply.id));
            opened.fire(new PostsOpened(reader, shown));
            List<PostView> all = views.ofIds(shown, reader);
            PostCard rootCard = PostCard.of(all.get(0));
            List<ThreadEntry> entries = AcceptedFirst.of(entries(rootCard, all.subList(1, all.size())));
            ThreadEntry answered = answered(rootCard, entries, replyTo);
            List<Receipt> shownReceipts = root.authorId == reader ? receipts.of(reader, root.id) : List.of();
            ThreadHead head = new ThreadHead(rootCard, start(rootCard.post()), back, answered,
                    QuestionAuthority.isOpenToAnswers(root) && QuestionAuthority.mayAccept(reader, root));
            TemplateInstance page = Templates.thread(language.code(), head, entries, draft, errors, shownReceipts,
                    acknowledgePost.awaits(reader, root.id), announcementReceipts.shownTo(caller, root).orElse(null));
            return Response.status(errors.isEmpty() ? 200 : 422).entity(page.setLocale(language.locale())).build();
        } catch (NotFound e) {
            return Response.status(404).entity(notFound()).build();
        }
    }

    /**
     * Viva Engage's order: each direct reply to the root, oldest first, followed by every reply below it
     * (however deep) in one indented level, each saying whose post it answers.
     */
    static List<ThreadEntry> entries(PostCard root, List<PostView> replies) {
        Map<Long, PostView> byId = new HashMap<>();
        Map<Long, Long> branchOf = new HashMap<>();
        Map<Long, List<ThreadEntry>> branches = new LinkedHashMap<>();
        for (PostView reply : replies) {
            byId.put(reply.id(), reply);
            Long parent = reply.inReplyTo();
            Long branch = parent == null || parent == root.post().id() ? null : branchOf.get(parent);
            if (branch == null) {
                branchOf.put(reply.id(), reply.id());
                branches.put(reply.id(), new ArrayList<>(List.of(new ThreadEntry(PostCard.of(reply), false, null))));
            } else {
                branchOf.put(reply.id(), branch);
                branches.get(branch).add(new ThreadEntry(PostCard.of(reply), true,
                        byId.get(parent).author().displayName()));
            }
        }
        return branches.values().stream().flatMap(List::stream).toList();
    }

    /** The post the reply box answers: one the reader picked in this thread, else none (the root). */
    private static ThreadEntry answered(PostCard root, List<ThreadEntry> entries, String replyTo) {
        if (replyTo == null || !replyTo.matches("\\d{1,18}") || Long.parseLong(replyTo) == root.post().id()) {
            return null;
        }
        long wanted = Long.parseLong(replyTo);
        return entries.stream().filter(e -> e.card().post().id() == wanted && !e.card().post().deleted())
                .findFirst().orElse(null);
    }

    /** The root's first words, naming the thread in its heading and the page title. */
    private static String start(PostView root) {
        if (root.deleted() || root.body().isBlank()) {
            return null;
        }
        String line = root.body().strip().replaceAll("\\s+", " ");
        if (line.codePointCount(0, line.length()) <= TITLE_LENGTH) {
            return line;
        }
        int cut = line.offsetByCodePoints(0, TITLE_LENGTH);
        int space = line.lastIndexOf(' ', cut);
        return (space > TITLE_LENGTH / 2 ? line.substring(0, space) : line.substring(0, cut)).strip() + "…";
    }

    /**
     * Where "back" leads: the {@code from} the link carried when it is a path on this site, else the
     * Relay page the browser came from (not a thread or a form answer), else home.
     */
    static String way(String from, String referer, String host) {
        if (BackPath.isLocal(from)) {
            return from;
        }
        if (referer != null && host != null) {
            try {
                URI uri = new URI(referer);
                String path = uri.getRawPath();
                if (host.equalsIgnoreCase(uri.getRawAuthority()) && path != null && path.startsWith("/")
                        && !path.startsWith("/posts/") && !path.equals("/login")) {
                    String local = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
                    if (BackPath.isLocal(local)) {
                        return local;
                    }
                }
            } catch (URISyntaxException e) {
                return "/";
            }
        }
        return "/";
    }

    TemplateInstance notFound() {
        return Templates.thread(language.code(), null, List.of(), "", List.of(), List.of(), false, null)
                .setLocale(language.locale());
    }

    @POST
    @Path("/replies")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response reply(@PathParam("id") String id, @FormParam("body") String body,
            @FormParam("from") String from) {
        return session.signedIn(reader -> {
            String text = body == null ? "" : ControlCharacters.clean(body);
            String back = way(from, null, null);
            long published;
            try {
                if (text == null) {
                    text = ControlCharacters.strip(body);
                    throw new InvalidInput("body", "must not contain control characters");
                }
                published = publishPost.publish(reader, new NewPost(text, null, null, null, null,
                        ReadablePosts.id(id)));
            } catch (InvalidInput e) {
                // The thread again with the reply kept and the reason: 404 when the thread is gone, else 422.
                return page(reader, id, id, back, text, FormErrors.of(e, "body"));
            } catch (NotFound e) {
                return Response.status(404).entity(notFound()).build();
            }
            Post reply = Post.findById(published);
            String query = back.equals("/") ? "" : "?from=" + URLEncoder.encode(back, StandardCharsets.UTF_8);
            return Response.seeOther(URI.create("/posts/" + reply.threadId + query + "#post-" + published)).build();
        });
    }
}
