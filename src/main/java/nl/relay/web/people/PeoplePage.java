package nl.relay.web.people;

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
import nl.relay.accounts.AccountView;
import nl.relay.platform.http.RequestLanguage;
import nl.relay.platform.text.ControlCharacters;
import nl.relay.web.PageSession;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The people directory. */
@Path("/people")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class PeoplePage {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance people(String lang, String q, List<AccountView> people, String nextLink);
    }

    private final PageSession session;
    private final RequestLanguage language;

    PeoplePage(PageSession session, RequestLanguage language) {
        this.session = session;
        this.language = language;
    }

    @GET
    @Operation(hidden = true)
    public Response people(@QueryParam("q") String query, @QueryParam("after") String after) {
        return session.signedIn(reader -> {
            String q = ControlCharacters.clean(query);
            DirectorySlice slice = DirectorySlice.read("/people", q, ControlCharacters.clean(after), false);
            return Response.ok(Templates.people(language.code(), q, slice.accounts(), slice.nextLink())
                    .setLocale(language.locale())).build();
        });
    }
}
