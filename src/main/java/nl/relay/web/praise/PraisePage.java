package nl.relay.web.praise;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import nl.relay.accounts.Account;
import nl.relay.community.praise.ReceivedPraise;
import nl.relay.platform.http.RequestLanguage;
import nl.relay.platform.paging.Cursor;
import nl.relay.platform.paging.Page;
import nl.relay.platform.paging.PageRequest;
import nl.relay.posts.PostView;
import nl.relay.posts.PostViews;
import nl.relay.web.PageSession;
import nl.relay.web.PostCard;
import nl.relay.web.posts.StreamPage;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The praise a colleague received, as the reader may see it, newest first. */
@Path("/people/{username}/praise")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class PraisePage {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance praise(String lang, String name, String username, int count,
                List<PostCard> posts, String next);
    }

    private final PageSession session;
    private final ReceivedPraise praise;
    private final PostViews views;
    private final RequestLanguage language;
    private final StreamPage lists;

    PraisePage(PageSession session, ReceivedPraise praise, PostViews views, RequestLanguage language,
            StreamPage lists) {
        this.session = session;
        this.praise = praise;
        this.views = views;
        this.language = language;
        this.lists = lists;
    }

    @GET
    @Operation(hidden = true)
    public Response received(@PathParam("username") String username, @QueryParam("cursor") String cursor) {
        return session.signedIn(reader -> {
            Optional<Account> person = Account.findByUsername(username);
            if (person.isEmpty()) {
                return Response.status(404).entity(lists.notFound()).build();
            }
            PageRequest page = PageRequest.first(PageRequest.DEFAULT_LIMIT);
            Page<PostView> posts = Page.of(praise.page(reader, person.get().id, PageSession.before(cursor),
                    page.fetchSize()), page, id -> Cursor.of(id)).mapAll(ids -> views.ofIds(ids, reader));
            return Response.ok(Templates.praise(language.code(), person.get().displayName, person.get().username,
                    praise.count(reader, person.get().id), PostCard.of(posts.items()), posts.next())
                    .setLocale(language.locale())).build();
        });
    }
}
