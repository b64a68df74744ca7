package nl.relay.web.questions;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.relay.community.questions.QuestionFilter;
import nl.relay.community.questions.QuestionList;
import nl.relay.platform.http.RequestLanguage;
import nl.relay.platform.paging.Cursor;
import nl.relay.platform.paging.Page;
import nl.relay.platform.paging.PageRequest;
import nl.relay.posts.PostView;
import nl.relay.posts.PostViews;
import nl.relay.web.PageSession;
import nl.relay.web.PostCard;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The open questions in the reader's topics and groups, newest first, to find one they can answer. */
@Path("/questions")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class QuestionsPage {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance questions(String lang, List<PostCard> posts, String nextLink);
    }

    private final PageSession session;
    private final QuestionList questions;
    private final PostViews views;
    private final RequestLanguage language;

    QuestionsPage(PageSession session, QuestionList questions, PostViews views, RequestLanguage language) {
        this.session = session;
        this.questions = questions;
        this.views = views;
        this.language = language;
    }

    @GET
    @Operation(hidden = true)
    public Response questions(@QueryParam("cursor") String cursor) {
        return session.signedIn(reader -> {
            PageRequest page = PageRequest.first(PageRequest.DEFAULT_LIMIT);
            Page<PostView> open = Page.of(questions.page(reader, QuestionFilter.of(true, null, null),
                    PageSession.before(cursor), page.fetchSize()), page, id -> Cursor.of(id))
                    .mapAll(ids -> views.ofIds(ids, reader));
            String next = open.next() == null ? null : "/questions?cursor=" + open.next();
            return Response.ok(Templates.questions(language.code(), PostCard.of(open.items()), next)
                    .setLocale(language.locale())).build();
        });
    }
}
