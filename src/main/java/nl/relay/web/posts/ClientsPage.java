package nl.relay.web.posts;

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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.relay.accounts.Caller;
import nl.relay.accounts.Role;
import nl.relay.directory.Client;
import nl.relay.directory.ClientDetails;
import nl.relay.directory.ClientView;
import nl.relay.directory.SaveClient;
import nl.relay.directory.Sector;
import nl.relay.directory.SectorView;
import nl.relay.platform.errors.Problem;
import nl.relay.platform.errors.ProblemException;
import nl.relay.platform.http.RequestLanguage;
import nl.relay.platform.paging.Cursor;
import nl.relay.platform.text.ControlCharacters;
import nl.relay.web.PageSession;
import nl.relay.web.alerts.AlertMe;
import nl.relay.web.alerts.AlertMeButton;
import nl.relay.web.alerts.AlertSubject;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The client and sector directory: every sector with its number of clients, the clients (searched by
 * name or alias, or one sector's), links to their posts, an "alert me" button on each; recruiters and admins add
 * clients.
 */
@Path("/clients")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class ClientsPage {

    private static final int PAGE_SIZE = 100;

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance clients(String lang, String q, String sector, List<ClientRow> clients,
                String next, boolean canEdit, List<SectorCount> sectors, List<Problem.FieldError> errors);
    }

    /** A client in the list, with its "alert me" button. */
    record ClientRow(ClientView client, AlertMeButton alertMe) {
    }

    /** A sector in the directory, with how many clients it has. */
    record SectorCount(SectorView sector, long clients) {
    }

    private final PageSession session;
    private final Caller caller;
    private final SaveClient saveClient;
    private final RequestLanguage language;
    private final AlertMe alertMe;
    private final StreamPage lists;

    ClientsPage(PageSession session, Caller caller, SaveClient saveClient, RequestLanguage language, AlertMe alertMe,
            StreamPage lists) {
        this.session = session;
        this.caller = caller;
        this.saveClient = saveClient;
        this.language = language;
        this.alertMe = alertMe;
        this.lists = lists;
    }

    @GET
    @Operation(hidden = true)
    public Response clients(@QueryParam("q") String query, @QueryParam("sector") String sector,
            @QueryParam("after") String after) {
        return session.signedIn(reader -> Response.ok(page(reader, ControlCharacters.clean(query),
                Sector.byCode(sector).map(s -> s.code).orElse(null), after, List.of())).build());
    }

    /** Makes the reader's alert on this client ({@code klant:"Albert Heijn"}), or goes to the one they have. */
    @POST
    @Path("/{id}/alert")
    @Operation(hidden = true)
    public Response alertMe(@PathParam("id") String id) {
        return session.signedIn(reader -> {
            Client client = id != null && id.matches("\\d{1,18}")
                    ? Client.<Client>findByIdOptional(Long.parseLong(id)).orElse(null)
                    : null;
            if (client == null) {
                return Response.status(404).entity(lists.notFound()).build();
            }
            return alertMe.create(reader, AlertSubject.client(client.id, client.name));
        });
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response create(@FormParam("name") String name, @FormParam("aliases") String aliases,
            @FormParam("sectorCode") String sectorCode) {
        return session.signedIn(reader -> {
            if (!canEdit()) {
                return Response.status(403)
                        .entity(page(reader, null, null, null, List.of(new Problem.FieldError("client",
                                "recruiters and admins maintain clients"))))
                        .build();
            }
            String cleanName = ControlCharacters.clean(name);
            String cleanAliases = ControlCharacters.clean(aliases == null ? "" : aliases);
            String cleanSector = ControlCharacters.clean(sectorCode);
            List<String> aliasList = cleanAliases == null
                    ? List.of()
                    : Arrays.stream(cleanAliases.split(","))
                            .map(String::strip).filter(a -> !a.isEmpty()).toList();
            try {
                if (cleanName == null || cleanSector == null || cleanAliases == null) {
                    throw new nl.relay.platform.errors.InvalidInput("name", "must not contain control characters");
                }
                if (cleanName.strip().length() > 200 || aliasList.size() > 20
                        || aliasList.stream().anyMatch(a -> a.length() > 200)) {
                    throw new nl.relay.platform.errors.InvalidInput("name",
                            "names are at most 200 characters, 20 aliases");
                }
                saveClient.create(new ClientDetails(cleanName, aliasList, cleanSector));
            } catch (ProblemException e) {
                List<Problem.FieldError> errors = e.errors().isEmpty()
                        ? List.of(new Problem.FieldError("name", e.getMessage()))
                        : e.errors();
                return Response.status(e.status()).entity(page(reader, null, null, null, errors)).build();
            }
            return Response.seeOther(URI.create("/clients")).build();
        });
    }

    private boolean canEdit() {
        return caller.hasRole(Role.RECRUITER) || caller.isAdmin();
    }

    private TemplateInstance page(long reader, String query, String sectorCode, String after,
            List<Problem.FieldError> errors) {
        boolean english = language.isEnglish();
        Map<String, SectorView> sectors = new LinkedHashMap<>();
        Sector.inOrder().forEach(sector -> sectors.put(sector.code, SectorView.from(sector, english)));
        Map<String, Long> counts = Client.countBySector();
        List<SectorCount> sectorCounts = sectors.values().stream()
                .map(sector -> new SectorCount(sector, counts.getOrDefault(sector.code(), 0L))).toList();

        After position = After.parse(after);
        List<Client> found = Client.search(query, sectorCode, position.name(), position.id(), PAGE_SIZE + 1);
        String next = null;
        if (found.size() > PAGE_SIZE) {
            Client last = found.get(PAGE_SIZE - 1);
            next = "/clients?q=" + encoded(query) + "&sector=" + encoded(sectorCode) + "&after="
                    + Cursor.of(last.nameKey, last.id).encode();
        }
        AlertMe.Buttons buttons = alertMe.buttons(reader);
        List<ClientRow> clients = found.stream().limit(PAGE_SIZE)
                .map(c -> new ClientRow(new ClientView(c.id, c.name, c.aliasList(), sectors.get(c.sectorCode)),
                        buttons.of(AlertSubject.client(c.id, c.name))))
                .toList();
        return Templates.clients(language.code(), query, sectorCode, clients, next, canEdit(), sectorCounts, errors)
                .setLocale(language.locale());
    }

    private static String encoded(String value) {
        return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Where a "more clients" link continues; a damaged link starts from the top. */
    private record After(String name, long id) {

        static After parse(String after) {
            After position = PageSession.lenient(after, 2, cursor -> new After(cursor.key(0), cursor.longKey(1)));
            return position == null ? new After("", 0) : position;
        }
    }
}
