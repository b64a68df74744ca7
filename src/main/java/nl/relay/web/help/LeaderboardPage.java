package nl.relay.web.help;

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
import nl.relay.community.help.Leaderboard;
import nl.relay.community.help.LeaderboardQuery;
import nl.relay.platform.errors.InvalidInput;
import nl.relay.platform.errors.Problem;
import nl.relay.platform.http.RequestLanguage;
import nl.relay.web.PageSession;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The people who help most, with how few give most of the accepted answers. */
@Path("/leaderboard")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class LeaderboardPage {

    private static final int SHOWN = 50;

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance leaderboard(String lang, Leaderboard board, String percent,
                List<Problem.FieldError> errors);
    }

    private final PageSession session;
    private final LeaderboardQuery query;
    private final RequestLanguage language;

    LeaderboardPage(PageSession session, LeaderboardQuery query, RequestLanguage language) {
        this.session = session;
        this.query = query;
        this.language = language;
    }

    @GET
    @Operation(hidden = true)
    public Response leaderboard(@QueryParam("from") String from, @QueryParam("to") String to) {
        return session.signedIn(reader -> {
            try {
                return page(query.of(reader, from, to, SHOWN), List.of(), 200);
            } catch (InvalidInput e) {
                return page(query.of(reader, null, null, SHOWN), e.errors(), 422);
            }
        });
    }

    private Response page(Leaderboard board, List<Problem.FieldError> errors, int status) {
        String percent = String.format(language.locale(), "%.1f", board.distribution().shareOfPeople() * 100);
        return Response.status(status).entity(Templates.leaderboard(language.code(), board, percent, errors)
                .setLocale(language.locale())).build();
    }
}
