package nl.relay.web.clients;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import java.util.List;
import java.util.function.Supplier;
import nl.relay.accounts.Caller;
import nl.relay.accounts.Role;
import nl.relay.community.help.Experts;
import nl.relay.directory.Client;
import nl.relay.directory.ClientView;
import nl.relay.directory.Sector;
import nl.relay.directory.clients.ArchiveClient;
import nl.relay.directory.clients.ClientTimeline;
import nl.relay.directory.clients.ClientWatchers;
import nl.relay.directory.clients.MergeClients;
import nl.relay.directory.clients.TimelineItem;
import nl.relay.directory.clients.UnwatchClient;
import nl.relay.directory.clients.WatchClient;
import nl.relay.platform.errors.InvalidInput;
import nl.relay.platform.errors.MalformedRequest;
import nl.relay.platform.errors.NotAllowed;
import nl.relay.platform.errors.Problem;
import nl.relay.platform.errors.ProblemException;
import nl.relay.platform.http.RequestLanguage;
import nl.relay.platform.paging.Page;
import nl.relay.platform.paging.PageRequest;
import nl.relay.platform.text.ControlCharacters;
import nl.relay.web.FormErrors;
import nl.relay.web.PageSession;
import nl.relay.web.PostCard;
import nl.relay.web.help.HelpAside;
import nl.relay.web.posts.StreamPage;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A client's page: its names, sector and watchers, the watch button, the timeline (vacancies, signals, proposals for
 * recruiters, posts) and, for admins, the merge and archive forms. Plain forms, POST-redirect-GET.
 */
@Path("/clients/{id}")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class ClientPage {

    private static final int PAGE_SIZE = 20;

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance client(String lang, ClientView client, ClientView mergedInto,
                String frequency, List<Entry> timeline, String next, boolean admin,
                List<Problem.FieldError> watchErrors, List<Problem.FieldError> adminErrors, String mergeTyped,
                HelpAside aside);
    }

    /** One timeline entry as the page shows it: the item, and its post as a card when it has one. */
    public record Entry(TimelineItem item, PostCard card) {
    }

    private final PageSession session;
    private final Caller caller;
    private final RequestLanguage language;
    private final ClientTimeline timeline;
    private final ClientWatchers watchers;
    private final WatchClient watchClient;
    private final UnwatchClient unwatchClient;
    private final MergeClients mergeClients;
    private final ArchiveClient archiveClient;
    private final StreamPage lists;
    private final Experts experts;

    ClientPage(PageSession session, Caller caller, RequestLanguage language, ClientTimeline timeline,
            ClientWatchers watchers, WatchClient watchClient, UnwatchClient unwatchClient, MergeClients mergeClients,
            ArchiveClient archiveClient, StreamPage lists, Experts experts) {
        this.experts = experts;
        this.session = session;
        this.caller = caller;
        this.language = language;
        this.timeline = timeline;
        this.watchers = watchers;
        this.watchClient = watchClient;
        this.unwatchClient = unwatchClient;
        this.mergeClients = mergeClients;
        this.archiveClient = archiveClient;
        this.lists = lists;
    }

    @GET
    @Operation(hidden = true)
    public Response client(@PathParam("id") String id, @QueryParam("cursor") String cursor) {
        return withClient(id, (reader, client) -> Response.ok(page(reader, client, cursor, List.of(), List.of(), null))
                .build());
    }

    @POST
    @Path("/watch")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response watch(@PathParam("id") String id, @FormParam("frequency") String frequency) {
        return withClient(id, (reader, client) -> act(reader, client, false, null,
                () -> watchClient.watch(reader, client.id, ControlCharacters.clean(frequency), !language.isEnglish())));
    }

    @POST
    @Path("/unwatch")
    @Operation(hidden = true)
    public Response unwatch(@PathParam("id") String id) {
        return withClient(id, (reader, client) -> act(reader, client, false, null, () -> {
            unwatchClient.unwatch(reader, client.id);
            return null;
        }));
    }

    /** Merges the client picked (by id, or typed by name or alias) into this one. */
    @POST
    @Path("/merge")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response merge(@PathParam("id") String id, @FormParam("client") String typed,
            @FormParam("clientId") String pickedId) {
        String name = typed == null ? "" : ControlCharacters.strip(typed).strip();
        return withClient(id, (reader, client) -> act(reader, client, true, name, () -> {
            requireAdmin();
            return mergeClients.merge(client.id, picked(pickedId, name));
        }));
    }

    @POST
    @Path("/archive")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response archive(@PathParam("id") String id, @FormParam("archived") String archived) {
        return withClient(id, (reader, client) -> act(reader, client, true, null, () -> {
            requireAdmin();
            archiveClient.archive(client.id, !"false".equals(archived));
            return null;
        }));
    }

    /** The client addressed, for a signed-in reader; any other address is the not-found page. */
    private Response withClient(String id, ClientAction action) {
        return session.signedIn(reader -> {
            Client client = id != null && id.matches("\\d{1,18}")
                    ? Client.<Client>findByIdOptional(Long.parseLong(id)).orElse(null)
                    : null;
            if (client == null) {
                return Response.status(404).entity(lists.notFound()).build();
            }
            return action.apply(reader, client);
        });
    }

    /** What a page does with its client and reader. */
    @FunctionalInterface
    private interface ClientAction {

        Response apply(long reader, Client client);
    }

    /** Does what a form asks and goes back to the page (303); a refusal shows on the page, at its form. */
    private Response act(long reader, Client client, boolean adminForm, String mergeTyped, Supplier<?> step) {
        try {
            step.get();
            return Response.seeOther(URI.create("/clients/" + client.id)).build();
        } catch (ProblemException e) {
            List<Problem.FieldError> errors = FormErrors.of(e, adminForm ? "client" : "frequency");
            Client fresh = Client.findById(client.id);
            return Response.status(e.status()).entity(adminForm
                    ? page(reader, fresh, null, List.of(), errors, mergeTyped)
                    : page(reader, fresh, null, errors, List.of(), null)).build();
        }
    }

    private void requireAdmin() {
        if (!caller.isAdmin()) {
            throw new NotAllowed("Only admins merge and archive clients.");
        }
    }

    /** The client picked from the suggestions, else the one typed, by name or alias. */
    private static long picked(String pickedId, String typed) {
        if (pickedId != null && pickedId.strip().matches("\\d{1,18}")) {
            return Long.parseLong(pickedId.strip());
        }
        List<Client> found = Client.named(typed);
        if (found.isEmpty()) {
            throw new InvalidInput("client", typed.isEmpty() ? "must not be empty" : "is not in the client directory");
        }
        if (found.size() > 1) {
            throw new InvalidInput("client", "is another name of several clients ("
                    + String.join(", ", found.stream().map(c -> c.name).toList()) + "): type the full name");
        }
        return found.get(0).id;
    }

    private TemplateInstance page(long reader, Client client, String cursor, List<Problem.FieldError> watchErrors,
            List<Problem.FieldError> adminErrors, String mergeTyped) {
        boolean english = language.isEnglish();
        ClientView view = ClientView.from(client, Sector.findById(client.sectorCode), english,
                watchers.of(List.of(client.id), reader));
        Client survivor = client.mergedInto == null ? null : client.survivor();
        ClientView mergedInto = survivor == null
                ? null
                : new ClientView(survivor.id, survivor.name,
                        survivor.aliasList(), null);
        String frequency = watchers.watchOf(reader, client.id).map(ClientWatchers.Watching::frequency).orElse(null);
        Page<TimelineItem> items = timeline(reader, client.id, cursor);
        List<Entry> entries = items.items().stream()
                .map(item -> new Entry(item, item.post() == null ? null : PostCard.of(item.post()))).toList();
        return Templates.client(language.code(), view, mergedInto, frequency, entries, items.next(), caller.isAdmin(),
                watchErrors, adminErrors, mergeTyped,
                cursor != null ? null : HelpAside.ofExperts(experts.onClient(reader, client.id, Experts.SHOWN)))
                .setLocale(language.locale());
    }

    /** One page of the timeline; a damaged "older" link starts from the top. */
    private Page<TimelineItem> timeline(long reader, long clientId, String cursor) {
        boolean recruiter = caller.hasRole(Role.RECRUITER);
        try {
            return timeline.page(clientId, reader, recruiter, PageRequest.at(cursor, PAGE_SIZE));
        } catch (MalformedRequest e) {
            return timeline.page(clientId, reader, recruiter, PageRequest.first(PAGE_SIZE));
        }
    }
}
