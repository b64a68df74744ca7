package nl.relay.web.matches;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.relay.recruitment.matches.MatchItem;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The open vacancies that fit a candidate, best first, each explained and leading to the vacancy (recruiters). */
@Path("/candidates/{id}/matches")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class CandidateMatchesPage {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance matches(String lang, String state, MatchItem subject, List<MatchRow> rows);
    }

    private final MatchesScreen screen;

    CandidateMatchesPage(MatchesScreen screen) {
        this.screen = screen;
    }

    @GET
    @Operation(hidden = true)
    public Response matches(@PathParam("id") String id) {
        return screen.show(MatchItem.Side.CANDIDATE, id, Templates::matches);
    }
}
