package nl.relay.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import nl.relay.accounts.Caller;
import nl.relay.accounts.Role;
import nl.relay.directory.Client;
import nl.relay.directory.ClientDetails;
import nl.relay.directory.ClientView;
import nl.relay.directory.SaveClient;
import nl.relay.directory.Sector;
import nl.relay.directory.SectorView;
import nl.relay.platform.ControlCharacters;
import nl.relay.platform.Problem;
import nl.relay.platform.ProblemException;
import nl.relay.platform.RequestLanguage;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The client directory: everyone searches, recruiters and admins add clients. */
@Path("/clients")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class ClientsPage {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance clients(String lang, String q, List<ClientView> clients, boolean canEdit,
                List<SectorView> sectors, List<Problem.FieldError> errors);
    }

    private final PageSession session;
    private final Caller caller;
    private final SaveClient saveClient;
    private final RequestLanguage language;

    ClientsPage(PageSession session, Caller caller, SaveClient saveClient, RequestLanguage language) {
        this.session = session;
        this.caller = caller;
        this.saveClient = saveClient;
        this.language = language;
    }

    @GET
    @Operation(hidden = true)
    public Response clients(@QueryParam("q") String query) {
        return session.signedIn(reader -> {
            return Response.ok(page(ControlCharacters.clean(query), List.of())).build();
        });
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response create(@FormParam("name") String name, @FormParam("aliases") String aliases,
            @FormParam("sectorCode") String sectorCode) {
        return session.signedIn(reader -> {
            if (!canEdit()) {
                return Response.status(403).entity(page(null, List.of(new Problem.FieldError("client",
                        "recruiters and admins maintain clients")))).build();
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
                    throw new nl.relay.platform.InvalidInput("name", "must not contain control characters");
                }
                if (cleanName.strip().length() > 200 || aliasList.size() > 20
                        || aliasList.stream().anyMatch(a -> a.length() > 200)) {
                    throw new nl.relay.platform.InvalidInput("name", "names are at most 200 characters, 20 aliases");
                }
                saveClient.create(new ClientDetails(cleanName, aliasList, cleanSector));
            } catch (ProblemException e) {
                List<Problem.FieldError> errors = e.errors().isEmpty()
                        ? List.of(new Problem.FieldError("name", e.getMessage()))
                        : e.errors();
                return Response.status(e.status()).entity(page(null, errors)).build();
            }
            return Response.seeOther(URI.create("/clients")).build();
        });
    }

    private boolean canEdit() {
        return caller.hasRole(Role.RECRUITER) || caller.isAdmin();
    }

    private TemplateInstance page(String query, List<Problem.FieldError> errors) {
        boolean english = language.isEnglish();
        List<ClientView> clients = Client.search(query, "", 0, 100).stream()
                .map(c -> ClientView.from(c, Sector.findById(c.sectorCode), english)).toList();
        List<SectorView> sectors = Sector.inOrder().stream().map(s -> SectorView.from(s, english)).toList();
        return Templates.clients(language.code(), query, clients, canEdit(), sectors, errors)
                .setLocale(language.locale());
    }
}
