package nl.relay.web.posts;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import nl.relay.directory.Client;
import nl.relay.directory.Sector;
import nl.relay.directory.SectorView;
import nl.relay.feeds.HomeFeed;
import nl.relay.groups.Group;
import nl.relay.platform.errors.InvalidInput;
import nl.relay.platform.errors.Problem;
import nl.relay.platform.http.RequestLanguage;
import nl.relay.platform.paging.Cursor;
import nl.relay.platform.paging.Page;
import nl.relay.platform.paging.PageRequest;
import nl.relay.platform.text.ControlCharacters;
import nl.relay.posts.NewPost;
import nl.relay.posts.PostKind;
import nl.relay.posts.PostView;
import nl.relay.posts.PostViews;
import nl.relay.posts.PublishPost;
import nl.relay.web.FormErrors;
import nl.relay.web.PageSession;
import nl.relay.web.PostCard;
import nl.relay.web.people.LoginPage;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The home page: the feed with the composer, or the sign-in form when signed out. */
@Path("/")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class HomePage {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance home(String lang, List<PostCard> posts, String next, Draft draft,
                List<SectorView> sectors, List<Group> groups, List<Problem.FieldError> errors);
    }

    /** What the composer holds: empty, or what was typed when the post was refused. */
    record Draft(String body, String kind, String client, String sectorCode, String groupId) {

        static final Draft EMPTY = new Draft("", "note", "", "", "");
    }

    private final PageSession session;
    private final HomeFeed homeFeed;
    private final PostViews views;
    private final PublishPost publishPost;
    private final RequestLanguage language;
    private final LoginPage loginPage;

    HomePage(PageSession session, HomeFeed homeFeed, PostViews views, PublishPost publishPost,
            RequestLanguage language, LoginPage loginPage) {
        this.session = session;
        this.homeFeed = homeFeed;
        this.views = views;
        this.publishPost = publishPost;
        this.language = language;
        this.loginPage = loginPage;
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance home(@QueryParam("cursor") String cursor) {
        return session.accountId().map(id -> feed(id, cursor, Draft.EMPTY, List.of()))
                .orElseGet(() -> loginPage.form(null, null));
    }

    @POST
    @Path("/posts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response publish(@FormParam("body") String body, @FormParam("kind") String kind,
            @FormParam("client") String client, @FormParam("sectorCode") String sectorCode,
            @FormParam("groupId") String groupId) {
        return session.signedIn(reader -> {
            Draft draft = new Draft(withoutControls(body), withoutControls(kind), withoutControls(client).strip(),
                    withoutControls(sectorCode), withoutControls(groupId));
            try {
                refuseControls("body", body);
                refuseControls("kind", kind);
                refuseControls("client", client);
                refuseControls("sectorCode", sectorCode);
                refuseControls("groupId", groupId);
                PostKind postKind = draft.kind().isEmpty()
                        ? PostKind.NOTE
                        : PostKind.parse(draft.kind())
                                .orElseThrow(() -> new InvalidInput("kind", "is not a kind of post"));
                String sector = draft.sectorCode().isEmpty() ? null : draft.sectorCode();
                publishPost.publish(reader, new NewPost(draft.body(), postKind, groupId(draft.groupId()),
                        clientId(draft.client()), sector, null));
                return Response.seeOther(URI.create("/")).build();
            } catch (InvalidInput e) {
                return Response.status(422).entity(feed(reader, null, draft, FormErrors.of(e, "body"))).build();
            }
        });
    }

    private static Long groupId(String value) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new InvalidInput("groupId", "is not a group you can post in");
        }
    }

    /** The client named in the composer, by name or alias; unknown or ambiguous names are refused. */
    private static Long clientId(String name) {
        if (name.isEmpty()) {
            return null;
        }
        List<Client> found = Client.named(name);
        if (found.isEmpty()) {
            throw new InvalidInput("client", "is not in the client directory");
        }
        if (found.size() > 1) {
            throw new InvalidInput("client", "is another name of several clients ("
                    + String.join(", ", found.stream().map(c -> c.name).toList()) + "): type the full name");
        }
        return found.get(0).id;
    }

    /** Control characters are refused, never silently dropped from what gets published. */
    private static void refuseControls(String field, String value) {
        if (value != null && ControlCharacters.clean(value) == null) {
            throw new InvalidInput(field, "must not contain control characters");
        }
    }

    /** The value for the draft shown again: without the characters that were refused, so the rest is kept. */
    private static String withoutControls(String value) {
        if (value == null) {
            return "";
        }
        String cleaned = ControlCharacters.clean(value);
        return cleaned != null ? cleaned : ControlCharacters.strip(value);
    }

    private TemplateInstance feed(long accountId, String cursor, Draft draft, List<Problem.FieldError> errors) {
        Long before = PageSession.before(cursor);
        PageRequest page = PageRequest.first(PageRequest.DEFAULT_LIMIT);
        Page<PostView> feed = Page.of(homeFeed.page(accountId, before, page.fetchSize()), page, id -> Cursor.of(id))
                .mapAll(ids -> views.ofIds(ids, accountId));
        boolean english = language.isEnglish();
        List<SectorView> sectors = Sector.inOrder().stream().map(s -> SectorView.from(s, english)).toList();
        return Templates.home(language.code(), PostCard.of(feed.items()), feed.next(), draft, sectors,
                Group.postableBy(accountId), errors)
                .setLocale(language.locale());
    }
}
