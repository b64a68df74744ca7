package nl.relay.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import nl.relay.platform.errors.NotFound;
import nl.relay.platform.errors.ProblemException;
import nl.relay.platform.errors.TooManyRequests;
import nl.relay.platform.http.RequestLanguage;

/**
 * The page a refused action on a post answers with (a like, an edit, a report, accepting an answer …): not found,
 * not allowed, or not now, with a way back to where it was asked from. Too many requests goes on to the error table's
 * page instead, which says how long to wait.
 */
@ApplicationScoped
public class RefusedAction {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance refused(String lang, int status, String why, String back);
    }

    private final RequestLanguage language;

    RefusedAction(RequestLanguage language) {
        this.language = language;
    }

    /** The refusal as a page with the problem's status; back leads to {@code back} when it is a path on this site. */
    public Response page(ProblemException e, String back) {
        return page(e, back, null);
    }

    /** The same, saying {@code why} (a sentence in the reader's language) instead of the status's general words. */
    public Response page(ProblemException e, String back, String why) {
        if (e instanceof TooManyRequests tooMany) {
            // The error table's page says how long to wait, with Retry-After.
            throw tooMany;
        }
        int status = e instanceof NotFound ? 404 : e.status();
        return Response.status(status).entity(Templates.refused(language.code(), status, why, BackPath.or(back, "/"))
                .setLocale(language.locale())).build();
    }
}
