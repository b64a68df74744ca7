package nl.relay.directory;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.relay.platform.http.RequestLanguage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The sector taxonomy. */
@Path("/api/sectors")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Directory")
public class SectorResource {

    private final RequestLanguage language;

    SectorResource(RequestLanguage language) {
        this.language = language;
    }

    @GET
    @Authenticated
    @Operation(summary = "The sector taxonomy", description = "Stable codes; name in the language of "
            + "Accept-Language (Dutch by default), both names under names.")
    public List<SectorView> sectors() {
        boolean english = language.isEnglish();
        return Sector.inOrder().stream().map(s -> SectorView.from(s, english)).toList();
    }
}
