package nl.relay.web.matches;

import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.relay.accounts.Caller;
import nl.relay.accounts.Role;
import nl.relay.platform.errors.NotFound;
import nl.relay.platform.http.RequestLanguage;
import nl.relay.recruitment.matches.ListMatches;
import nl.relay.recruitment.matches.MatchItem;
import nl.relay.web.PageSession;

/**
 * What the two match pages share: recruiters and admins only (403 otherwise), the candidate or vacancy as the
 * reader may see it (404 otherwise), and its matches as rows of the match list.
 */
@RequestScoped
class MatchesScreen {

    /** The longest list a page shows. */
    static final int SHOWN = 50;

    /** A match page's template: the language, the state (shown, forbidden, missing), the item and its rows. */
    interface Template {

        TemplateInstance render(String lang, String state, MatchItem subject, List<MatchRow> rows);
    }

    private final PageSession session;
    private final Caller caller;
    private final ListMatches listMatches;
    private final RequestLanguage language;

    MatchesScreen(PageSession session, Caller caller, ListMatches listMatches, RequestLanguage language) {
        this.session = session;
        this.caller = caller;
        this.listMatches = listMatches;
        this.language = language;
    }

    Response show(MatchItem.Side side, String id, Template template) {
        return session.signedIn(reader -> {
            if (!caller.hasRole(Role.RECRUITER) && !caller.isAdmin()) {
                return page(403, template, "forbidden", null, List.of());
            }
            ListMatches.Listed listed;
            try {
                listed = listMatches.list(side, id, reader, SHOWN);
            } catch (NotFound e) {
                return page(404, template, "missing", null, List.of());
            }
            boolean english = language.isEnglish();
            return page(200, template, "shown", listed.subject(), MatchRow.all(listed, english));
        });
    }

    private Response page(int status, Template template, String state, MatchItem subject, List<MatchRow> rows) {
        return Response.status(status).entity(template.render(language.code(), state, subject, rows)
                .setLocale(language.locale())).build();
    }
}
