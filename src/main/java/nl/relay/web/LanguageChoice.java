package nl.relay.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import nl.relay.platform.http.RequestLanguage;
import nl.relay.preferences.AccountPreferences;
import nl.relay.preferences.PreferencesChange;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The language switch at the foot of every page. Signed in, it becomes the account's preference (as
 * in settings); signed out, the browser keeps it in a cookie. Then back to the page it came from.
 */
@Path("/language")
@PermitAll
public class LanguageChoice {

    private final PageSession session;
    private final AccountPreferences preferences;
    private final Cookies cookies;

    LanguageChoice(PageSession session, AccountPreferences preferences, Cookies cookies) {
        this.session = session;
        this.preferences = preferences;
        this.cookies = cookies;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response choose(@FormParam("language") String language, @FormParam("back") String back) {
        String chosen = RequestLanguage.supported(language);
        if (chosen == null) {
            return Response.status(422).type(MediaType.TEXT_PLAIN).entity("language must be nl or en").build();
        }
        session.accountId().ifPresent(reader -> preferences.change(reader, PreferencesChange.language(chosen)));
        return Response.seeOther(URI.create(localPath(back))).cookie(cookies.language(chosen)).build();
    }

    /** Only a path on this site: never "//elsewhere" or a full address, so the switch is no open redirect. */
    private static String localPath(String back) {
        return BackPath.or(back, "/");
    }
}
