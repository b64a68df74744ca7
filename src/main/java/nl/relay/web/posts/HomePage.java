package nl.relay.web.posts;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import nl.relay.community.announcements.PinnedAnnouncements;
import nl.relay.feeds.HomeFeed;
import nl.relay.platform.errors.InvalidInput;
import nl.relay.platform.errors.Problem;
import nl.relay.platform.http.RequestLanguage;
import nl.relay.platform.paging.Cursor;
import nl.relay.platform.paging.Page;
import nl.relay.platform.paging.PageRequest;
import nl.relay.posts.NewPost;
import nl.relay.posts.PostView;
import nl.relay.posts.PostViews;
import nl.relay.posts.PublishPost;
import nl.relay.posts.attachments.FileParts;
import nl.relay.web.FormErrors;
import nl.relay.web.PageSession;
import nl.relay.web.PostCard;
import nl.relay.web.people.LoginPage;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The home page: the announcements I have yet to acknowledge, pinned on top, then the feed with the composer; or the
 * sign-in form when signed out.
 */
@Path("/")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class HomePage {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance home(String lang, List<PostCard> posts, String next, Composer composer,
                List<PostCard> pinned);
    }

    private final PageSession session;
    private final HomeFeed homeFeed;
    private final PostViews views;
    private final PublishPost publishPost;
    private final RequestLanguage language;
    private final LoginPage loginPage;
    private final FileParts fileParts;
    private final PinnedAnnouncements pinned;

    HomePage(PageSession session, HomeFeed homeFeed, PostViews views, PublishPost publishPost,
            RequestLanguage language, LoginPage loginPage, FileParts fileParts, PinnedAnnouncements pinned) {
        this.pinned = pinned;
        this.fileParts = fileParts;
        this.session = session;
        this.homeFeed = homeFeed;
        this.views = views;
        this.publishPost = publishPost;
        this.language = language;
        this.loginPage = loginPage;
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance home(@QueryParam("cursor") String cursor, @QueryParam("kind") String kind,
            @QueryParam("clientId") String clientId) {
        Composer.Draft draft = kind == null && clientId == null
                ? Composer.Draft.EMPTY
                : Composer.Draft.preset(kind, clientId);
        return session.accountId().map(id -> feed(id, cursor, draft, List.of()))
                .orElseGet(() -> loginPage.form(null, null));
    }

    @POST
    @Path("/posts")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    @Operation(hidden = true)
    public Response publish(@BeanParam ComposerForm form) {
        return session.signedIn(reader -> {
            try {
                NewPost post = form.newPost(null);
                publishPost.publish(reader, post, ComposerForm.FILE_FIELD, fileParts.read(ComposerForm.FILE_FIELD,
                        form.file, 0));
                return Response.seeOther(URI.create("/")).build();
            } catch (InvalidInput e) {
                return Response.status(e.status()).entity(feed(reader, null, form.draft(), FormErrors.of(e, "body")))
                        .build();
            }
        });
    }

    private TemplateInstance feed(long accountId, String cursor, Composer.Draft draft,
            List<Problem.FieldError> errors) {
        Long before = PageSession.before(cursor);
        PageRequest page = PageRequest.first(PageRequest.DEFAULT_LIMIT);
        Page<PostView> feed = Page.of(homeFeed.page(accountId, before, page.fetchSize()), page, id -> Cursor.of(id))
                .mapAll(ids -> views.ofIds(ids, accountId));
        List<PostCard> top = before == null ? PostCard.of(views.ofIds(pinned.of(accountId), accountId)) : List.of();
        return Templates.home(language.code(), PostCard.of(feed.items()), feed.next(),
                Composer.home(accountId, draft, errors, language.isEnglish()), top)
                .setLocale(language.locale());
    }
}
