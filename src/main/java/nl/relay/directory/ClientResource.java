package nl.relay.directory;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.relay.accounts.Caller;
import nl.relay.accounts.Role;
import nl.relay.directory.clients.ArchiveClient;
import nl.relay.directory.clients.ClientTimeline;
import nl.relay.directory.clients.ClientWatchers;
import nl.relay.directory.clients.MergeClients;
import nl.relay.directory.clients.MergeRequest;
import nl.relay.directory.clients.TimelineItem;
import nl.relay.directory.clients.UnwatchClient;
import nl.relay.directory.clients.WatchClient;
import nl.relay.directory.clients.WatchRequest;
import nl.relay.directory.clients.WatchView;
import nl.relay.platform.errors.InvalidInput;
import nl.relay.platform.http.RequestLanguage;
import nl.relay.platform.paging.Cursor;
import nl.relay.platform.paging.Page;
import nl.relay.platform.paging.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The client directory: everyone reads, watches and follows a client's timeline; recruiters and admins maintain
 * it; admins merge and archive clients.
 */
@Path("/api/clients")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Directory")
public class ClientResource {

    private final SaveClient saveClient;
    private final RequestLanguage language;
    private final Caller caller;
    private final ClientWatchers watchers;
    private final ClientTimeline timeline;
    private final WatchClient watchClient;
    private final UnwatchClient unwatchClient;
    private final MergeClients mergeClients;
    private final ArchiveClient archiveClient;

    ClientResource(SaveClient saveClient, RequestLanguage language, Caller caller, ClientWatchers watchers,
            ClientTimeline timeline, WatchClient watchClient, UnwatchClient unwatchClient, MergeClients mergeClients,
            ArchiveClient archiveClient) {
        this.saveClient = saveClient;
        this.language = language;
        this.caller = caller;
        this.watchers = watchers;
        this.timeline = timeline;
        this.watchClient = watchClient;
        this.unwatchClient = unwatchClient;
        this.mergeClients = mergeClients;
        this.archiveClient = archiveClient;
    }

    @POST
    @RolesAllowed({"recruiter", "admin"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a client (recruiter, admin)", description = "name and sectorCode required; a name "
            + "already in use (ignoring case and accents) answers 409.")
    @APIResponse(responseCode = "201", description = "Created; Location names the client", content = @Content(schema = @Schema(implementation = ClientView.class)))
    @APIResponse(responseCode = "409", description = "There is already a client with that name.")
    @APIResponse(responseCode = "403", description = "Recruiters and admins only.")
    public Response create(@Valid @NotNull ClientDetails request) {
        Client client = saveClient.create(request);
        return Response.created(URI.create("/api/clients/" + client.id)).entity(view(client)).build();
    }

    @GET
    @Authenticated
    @Operation(summary = "Search clients", description = "Clients whose name or an alias contains q, ignoring case "
            + "and accents, in name order; sector= keeps those of one sector (an unknown sector is a 422). Archived "
            + "and merged clients only with archived=true.")
    public Page<ClientView> search(@QueryParam("q") String query, @QueryParam("sector") String sector,
            @QueryParam("archived") boolean withArchived, @BeanParam PageRequest page) {
        var cursor = page.cursor(2);
        String sectorCode = sector == null
                ? null
                : Sector.byCode(sector).orElseThrow(() -> new InvalidInput("sector", "is not a known sector")).code;
        List<Client> fetched = Client.search(query, sectorCode, withArchived, cursor.map(c -> c.key(0)).orElse(""),
                cursor.map(c -> c.longKey(1)).orElse(0L), page.fetchSize());
        return Page.of(fetched, page, c -> Cursor.of(c.nameKey, c.id)).mapAll(this::views);
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "One client", description = "A merged client answers as itself, archived, with "
            + "mergedInto naming the client that took its place.")
    @APIResponse(responseCode = "200", description = "The client", content = @Content(schema = @Schema(implementation = ClientView.class)))
    public ClientView get(@PathParam("id") String id) {
        return view(find(id));
    }

    @GET
    @Path("/{id}/timeline")
    @Authenticated
    @Operation(summary = "A client's timeline", description = "Newest first: the client's vacancies with their "
            + "status, signals, other posts about it, and (recruiters only) proposals to its vacancies; only what "
            + "the reader may read.")
    @APIResponse(responseCode = "200", description = "One page of the timeline")
    public TimelinePage timeline(@PathParam("id") String id, @BeanParam PageRequest page) {
        Client client = find(id);
        Page<TimelineItem> items = timeline.page(client.id, caller.accountId(), caller.hasRole(Role.RECRUITER), page);
        return new TimelinePage(items.items(), items.next());
    }

    /** One page of a client's timeline. */
    public record TimelinePage(List<TimelineItem> items, @Schema(nullable = true) String next) {
    }

    @PUT
    @Path("/{id}/watch")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Watch a client", description = "Your own alert client:\"<name>\", told in the app and by "
            + "email at the frequency chosen (instant by default). Watching again changes only the frequency. "
            + "Deleting the alert through /api/alerts ends the watch too.")
    @APIResponse(responseCode = "200", description = "You watch the client", content = @Content(schema = @Schema(implementation = WatchView.class)))
    @APIResponse(responseCode = "409", description = "You have the most alerts one may have; delete one first.")
    public WatchView watch(@PathParam("id") String id, WatchRequest request) {
        Client client = find(id);
        return watchClient.watch(caller.accountId(), client.id, request == null ? null : request.frequency(),
                !language.isEnglish());
    }

    @DELETE
    @Path("/{id}/watch")
    @Authenticated
    @Operation(summary = "Stop watching a client", description = "Deletes your watch alert; idempotent.")
    @APIResponse(responseCode = "204", description = "You do not watch the client (any more)")
    public Response unwatch(@PathParam("id") String id) {
        unwatchClient.unwatch(caller.accountId(), find(id).id);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/merge")
    @RolesAllowed(Role.ADMIN_NAME)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Merge a client into this one (admin)", description = "The client named by clientId "
            + "gives its name and aliases (as aliases), posts, candidates, vacancies, proposals and watches to this "
            + "one, and stays archived, pointing here. A candidate proposed to both keeps its earlier proposal; the "
            + "later is marked a duplicate. 422 for the client itself, an archived survivor, an unknown or already "
            + "merged client.")
    @APIResponse(responseCode = "200", description = "The surviving client", content = @Content(schema = @Schema(implementation = ClientView.class)))
    @APIResponse(responseCode = "403", description = "Admins only.")
    public ClientView merge(@PathParam("id") String id, @Valid @NotNull MergeRequest request) {
        return view(mergeClients.merge(find(id).id, request.clientId()));
    }

    @PUT
    @Path("/{id}/archive")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Archive a client (admin)", description = "An archived client takes no new posts, "
            + "candidates or vacancies and is left out of client searches; idempotent.")
    @APIResponse(responseCode = "204", description = "Archived")
    @APIResponse(responseCode = "403", description = "Admins only.")
    public Response archive(@PathParam("id") String id) {
        archiveClient.archive(find(id).id, true);
        return Response.noContent().build();
    }

    @DELETE
    @Path("/{id}/archive")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Bring an archived client back (admin)", description = "Idempotent; a merged client "
            + "stays archived (422).")
    @APIResponse(responseCode = "204", description = "No longer archived")
    @APIResponse(responseCode = "403", description = "Admins only.")
    @APIResponse(responseCode = "422", description = "The client was merged into another: it stays archived.")
    public Response unarchive(@PathParam("id") String id) {
        archiveClient.archive(find(id).id, false);
        return Response.noContent().build();
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed({"recruiter", "admin"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a client (recruiter, admin)", description = "Absent fields stay as they are.")
    @APIResponse(responseCode = "200", description = "The client as changed")
    @APIResponse(responseCode = "409", description = "There is already a client with that name.")
    @APIResponse(responseCode = "403", description = "Recruiters and admins only.")
    public ClientView change(@PathParam("id") String id, @Valid @NotNull ClientDetails request) {
        return view(saveClient.change(find(id).id, request));
    }

    private static Client find(String id) {
        return Client.require(id);
    }

    private ClientView view(Client client) {
        return views(List.of(client)).get(0);
    }

    private List<ClientView> views(List<Client> clients) {
        ClientView.Watchers counts = watchers.of(clients.stream().map(c -> c.id).toList(), caller.accountId());
        List<String> codes = clients.stream().map(c -> c.sectorCode).filter(Objects::nonNull).distinct().toList();
        Map<String, Sector> sectors = codes.isEmpty()
                ? Map.of()
                : Sector.<Sector>list("code in ?1", codes).stream().collect(Collectors.toMap(s -> s.code, s -> s));
        return clients.stream().map(client -> ClientView.from(client,
                client.sectorCode == null ? null : sectors.get(client.sectorCode), language.isEnglish(), counts))
                .toList();
    }
}
