package nl.relay.web.posts;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import nl.relay.directory.Client;
import nl.relay.directory.Sector;
import nl.relay.directory.SectorView;
import nl.relay.platform.http.RequestLanguage;
import nl.relay.platform.paging.Cursor;
import nl.relay.platform.paging.Page;
import nl.relay.platform.paging.PageRequest;
import nl.relay.posts.CompanyStream;
import nl.relay.posts.PostKind;
import nl.relay.posts.PostViews;
import nl.relay.posts.StreamFilter;
import nl.relay.web.PageSession;
import nl.relay.web.PostCard;
import nl.relay.web.alerts.AlertMe;
import nl.relay.web.alerts.AlertMeButton;
import nl.relay.web.alerts.AlertSubject;
import nl.relay.web.help.HelpAside;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The company stream with its filters; also renders the topic and person pages' lists. */
@Path("/all")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class StreamPage {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance stream(String lang, String heading, boolean followable, String followAction,
                boolean following, boolean showFilters, List<String> kinds, String kind, List<SectorView> sectors,
                String sector, String client, List<PostCard> posts, String next, String nextLink,
                AlertMeButton alertMe, HelpAside aside);
    }

    private final PageSession session;
    private final CompanyStream stream;
    private final PostViews views;
    private final RequestLanguage language;
    private final AlertMe alertMe;

    StreamPage(PageSession session, CompanyStream stream, PostViews views, RequestLanguage language,
            AlertMe alertMe) {
        this.session = session;
        this.stream = stream;
        this.views = views;
        this.language = language;
        this.alertMe = alertMe;
    }

    @GET
    @Operation(hidden = true)
    public Response all(@QueryParam("kind") String kind, @QueryParam("client") String client,
            @QueryParam("sector") String sector, @QueryParam("cursor") String cursor) {
        return session.signedIn(reader -> {
            StreamFilter filter = new StreamFilter();
            filter.kind = kind != null && PostKind.parse(kind).isPresent() ? kind : null;
            filter.client = client != null && client.matches("\\d{1,18}") ? client : null;
            filter.sector = sector != null && Sector.byCode(sector).isPresent() ? sector : null;
            StringBuilder link = new StringBuilder("/all?");
            if (filter.kind != null) {
                link.append("kind=").append(filter.kind).append('&');
            }
            if (filter.client != null) {
                link.append("client=").append(filter.client).append('&');
            }
            if (filter.sector != null) {
                link.append("sector=").append(filter.sector).append('&');
            }
            // One client's stream is headed by its name, with its "alert me" button.
            Client about = filter.client == null
                    ? null
                    : Client.<Client>findByIdOptional(Long.parseLong(
                            filter.client)).orElse(null);
            AlertMeButton button = about == null
                    ? null
                    : alertMe.buttons(reader).of(AlertSubject.client(about.id, about.name));
            return render(reader, filter, cursor, about == null ? null : about.name, false, null, false, true,
                    link.toString(), button);
        });
    }

    public Response render(long reader, StreamFilter filter, String cursor, String heading, boolean followable,
            String followAction, boolean following, boolean showFilters, String link) {
        return render(reader, filter, cursor, heading, followable, followAction, following, showFilters, link, null);
    }

    /** The list under a heading, with an "alert me" button on what it is about (none when null). */
    public Response render(long reader, StreamFilter filter, String cursor, String heading, boolean followable,
            String followAction, boolean following, boolean showFilters, String link, AlertMeButton alertMe) {
        return render(reader, filter, cursor, heading, followable, followAction, following, showFilters, link,
                alertMe, null);
    }

    /** The list as above, with who helps (a person's help numbers, or who knows about a topic) beside it. */
    public Response render(long reader, StreamFilter filter, String cursor, String heading, boolean followable,
            String followAction, boolean following, boolean showFilters, String link, AlertMeButton alertMe,
            HelpAside aside) {
        Long before = PageSession.before(cursor);
        PageRequest page = PageRequest.first(PageRequest.DEFAULT_LIMIT);
        Page<nl.relay.posts.PostView> posts = Page.of(stream.page(reader, filter, before, page.fetchSize()), page,
                id -> Cursor.of(id)).mapAll(ids -> views.ofIds(ids, reader));
        List<String> kinds = Arrays.stream(PostKind.values()).map(PostKind::toString).toList();
        TemplateInstance instance = Templates.stream(language.code(), heading, followable, followAction, following,
                showFilters, kinds, filter.kind == null ? "" : filter.kind, sectors(),
                filter.sector == null ? "" : filter.sector, filter.client == null ? "" : filter.client,
                PostCard.of(posts.items()), posts.next(),
                posts.next() == null ? null : link + "cursor=" + posts.next(), alertMe, aside);
        return Response.ok(instance.setLocale(language.locale())).build();
    }

    private List<SectorView> sectors() {
        boolean english = language.isEnglish();
        return Sector.inOrder().stream().map(s -> SectorView.from(s, english)).toList();
    }

    public TemplateInstance notFound() {
        return ThreadPage.Templates.thread(language.code(), null, List.of(), "", List.of(), List.of(), false, null)
                .setLocale(language.locale());
    }

}
