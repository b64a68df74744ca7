package nl.relay.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import nl.relay.platform.errors.NotFound;
import nl.relay.platform.errors.ProblemException;
import nl.relay.platform.http.RequestLanguage;

/**
 * The page a refused action on a post answers with (a like, an edit, a report, accepting an answer …): not found,
 * not allowed, or not now, with a way back to where it was asked from.
 */
@ApplicationScoped
public class RefusedAction {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance refused(String lang, int status, String back);
    }

    private final RequestLanguage language;

    RefusedAction(RequestLanguage language) {
        this.language = language;
    }

    /** The refusal as a page with the problem's status; back leads to {@code back} when it is a path on this site. */
    public Response page(ProblemException e, String back) {
        int status = e instanceof NotFound ? 404 : e.status();
        return Response.status(status).entity(Templates.refused(language.code(), status, BackPath.or(back, "/"))
                .setLocale(language.locale())).build();
    }
}
