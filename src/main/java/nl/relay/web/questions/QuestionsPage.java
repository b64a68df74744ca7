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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.relay.community.questions.QuestionFilter;
import nl.relay.community.questions.QuestionList;
import nl.relay.groups.Group;
import nl.relay.platform.errors.InvalidInput;
import nl.relay.platform.errors.Problem;
import nl.relay.platform.http.RequestLanguage;
import nl.relay.platform.paging.Cursor;
import nl.relay.platform.paging.Page;
import nl.relay.platform.paging.PageRequest;
import nl.relay.posts.PostView;
import nl.relay.posts.PostViews;
import nl.relay.web.PageSession;
import nl.relay.web.PostCard;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The questions in the reader's topics and groups, newest first, to find one they can answer: open ones unless the
 * reader asks for all, in one topic or one group when they pick it (the same filters as {@code GET /api/questions}).
 * A topic or group that is not one answers the form again with the field's message (422).
 */
@Path("/questions")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class QuestionsPage {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance questions(String lang, Filters filters, List<Group> groups,
                List<Problem.FieldError> errors, List<PostCard> posts, String nextLink);
    }

    /** The filters as the reader chose them, for the form. */
    public record Filters(boolean open, String topic, String group) {

        /** Whether any filter narrows the list beyond the open questions in the reader's own topics and groups. */
        public boolean narrowed() {
            return !open || !topic.isEmpty() || !group.isEmpty();
        }

        String link() {
            StringBuilder link = new StringBuilder("/questions?");
            if (!open) {
                link.append("open=false&");
            }
            if (!topic.isEmpty()) {
                link.append("topic=").append(URLEncoder.encode(topic, StandardCharsets.UTF_8)).append('&');
            }
            if (!group.isEmpty()) {
                link.append("group=").append(URLEncoder.encode(group, StandardCharsets.UTF_8)).append('&');
            }
            return link.toString();
        }
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
    public Response questions(@QueryParam("open") String open, @QueryParam("topic") String topic,
            @QueryParam("group") String group, @QueryParam("cursor") String cursor) {
        return session.signedIn(reader -> {
            Filters filters = new Filters(!"false".equalsIgnoreCase(open), topic == null ? "" : topic.strip(),
                    group == null ? "" : group.strip());
            PageRequest page = PageRequest.first(PageRequest.DEFAULT_LIMIT);
            try {
                Page<PostView> found = Page.of(questions.page(reader,
                        QuestionFilter.of(filters.open(), filters.topic(), filters.group()),
                        PageSession.before(cursor), page.fetchSize()), page, id -> Cursor.of(id))
                        .mapAll(ids -> views.ofIds(ids, reader));
                String next = found.next() == null ? null : filters.link() + "cursor=" + found.next();
                return Response.ok(render(reader, filters, List.of(), PostCard.of(found.items()), next)).build();
            } catch (InvalidInput e) {
                return Response.status(422).entity(render(reader, filters, e.errors(), List.of(), null)).build();
            }
        });
    }

    private TemplateInstance render(long reader, Filters filters, List<Problem.FieldError> errors,
            List<PostCard> posts, String next) {
        return Templates.questions(language.code(), filters, Group.postableBy(reader), errors, posts, next)
                .setLocale(language.locale());
    }
}
