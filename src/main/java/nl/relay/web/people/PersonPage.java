package nl.relay.web.people;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import nl.relay.accounts.Account;
import nl.relay.community.help.HelpCounts;
import nl.relay.feeds.Follows;
import nl.relay.platform.errors.InvalidInput;
import nl.relay.platform.errors.NotFound;
import nl.relay.platform.http.RequestLanguage;
import nl.relay.posts.StreamFilter;
import nl.relay.web.Messages;
import nl.relay.web.PageSession;
import nl.relay.web.alerts.AlertMe;
import nl.relay.web.alerts.AlertSubject;
import nl.relay.web.help.HelpAside;
import nl.relay.web.posts.StreamPage;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A person's posts, with a follow button, an "alert me" button and a link to the praise they received. */
@Path("/people/{username}")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class PersonPage {

    private final StreamPage lists;
    private final RequestLanguage language;
    private final PageSession session;
    private final Follows follows;
    private final AlertMe alertMe;
    private final HelpCounts helpCounts;

    PersonPage(StreamPage lists, PageSession session, Follows follows, AlertMe alertMe, RequestLanguage language,
            HelpCounts helpCounts) {
        this.lists = lists;
        this.helpCounts = helpCounts;
        this.session = session;
        this.follows = follows;
        this.alertMe = alertMe;
        this.language = language;
    }

    @GET
    @Operation(hidden = true)
    public Response person(@PathParam("username") String username, @QueryParam("cursor") String cursor) {
        return session.signedIn(reader -> {
            Optional<Account> account = Account.findByUsername(username);
            if (account.isEmpty()) {
                return Response.status(404).entity(lists.notFound()).build();
            }
            StreamFilter filter = new StreamFilter();
            filter.author = account.get().username;
            boolean self = account.get().id == reader;
            boolean following = follows.of(reader).accounts().contains(account.get().username);
            return lists.render(reader, filter, cursor, heading(account.get()),
                    !self, "/people/" + account.get().username + "/follow", following, false,
                    "/people/" + account.get().username + "?",
                    self ? null : alertMe.buttons(reader).of(subject(account.get())),
                    // Only the first page has the help numbers beside it; older pages are the list alone.
                    cursor != null
                            ? null
                            : HelpAside.ofPerson(helpCounts.of(reader, account.get().id),
                                    "/people/" + account.get().username + "/praise"));
        });
    }

    @POST
    @Path("/follow")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response followPerson(@PathParam("username") String username, @FormParam("follow") String follow) {
        return session.signedIn(reader -> {
            try {
                if ("false".equals(follow)) {
                    follows.unfollowAccount(reader, username);
                } else {
                    follows.followAccount(reader, username);
                }
            } catch (NotFound | InvalidInput e) {
                return Response.status(404).entity(lists.notFound()).build();
            }
            return Response.seeOther(URI.create("/people/" + Account.normalise(username))).build();
        });
    }

    /** Makes the reader's alert on this person's posts ({@code auteur:sanne}), or goes to the one they have. */
    @POST
    @Path("/alert")
    @Operation(hidden = true)
    public Response alertMe(@PathParam("username") String username) {
        return session.signedIn(reader -> Account.findByUsername(username)
                .map(account -> alertMe.create(reader, subject(account)))
                .orElseGet(() -> Response.status(404).entity(lists.notFound()).build()));
    }

    /** The name and handle, and for someone who left, that they are a former colleague. */
    private String heading(Account account) {
        String heading = account.displayName + " (@" + account.username + ")";
        if (account.active) {
            return heading;
        }
        return heading + " · " + MessageBundles.get(Messages.class, Localized.Literal.of(language.code()))
                .former_colleague();
    }

    private static AlertSubject subject(Account account) {
        return AlertSubject.person(account.username, account.displayName);
    }
}
