package nl.relay.directory;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import nl.relay.platform.errors.InvalidInput;
import nl.relay.platform.errors.NotFound;
import nl.relay.platform.http.RequestLanguage;
import nl.relay.platform.paging.Cursor;
import nl.relay.platform.paging.Page;
import nl.relay.platform.paging.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The client directory: everyone reads; recruiters and admins maintain it. */
@Path("/api/clients")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Directory")
public class ClientResource {

    private final SaveClient saveClient;
    private final RequestLanguage language;

    ClientResource(SaveClient saveClient, RequestLanguage language) {
        this.saveClient = saveClient;
        this.language = language;
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
            + "and accents, in name order; sector= keeps those of one sector (an unknown sector is a 422).")
    public Page<ClientView> search(@QueryParam("q") String query, @QueryParam("sector") String sector,
            @BeanParam PageRequest page) {
        var cursor = page.cursor(2);
        String sectorCode = sector == null
                ? null
                : Sector.byCode(sector).orElseThrow(() -> new InvalidInput("sector", "is not a known sector")).code;
        List<Client> fetched = Client.search(query, sectorCode, cursor.map(c -> c.key(0)).orElse(""),
                cursor.map(c -> c.longKey(1)).orElse(0L), page.fetchSize());
        return Page.of(fetched, page, c -> Cursor.of(c.nameKey, c.id)).map(this::view);
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "One client")
    public ClientView get(@PathParam("id") String id) {
        return view(find(id));
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
        try {
            return Client.<Client>findByIdOptional(Long.parseLong(id))
                    .orElseThrow(() -> new NotFound("There is no client " + id + "."));
        } catch (NumberFormatException e) {
            throw new NotFound("There is no client " + id + ".");
        }
    }

    private ClientView view(Client client) {
        return ClientView.from(client, Sector.findById(client.sectorCode), language.isEnglish());
    }
}
