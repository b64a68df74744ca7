package nl.relay.recruitment;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.relay.platform.http.RequestLanguage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The regions candidates and vacancies name. */
@Path("/api/regions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Recruitment")
public class RegionResource {

    private final RequestLanguage language;

    RegionResource(RequestLanguage language) {
        this.language = language;
    }

    @GET
    @Authenticated
    @Operation(summary = "The regions", description = "The twelve provinces, the large cities (each with its "
            + "province) and remote; names in the language of Accept-Language (Dutch by default).")
    public List<RegionView> regions() {
        boolean english = language.isEnglish();
        return Region.inOrder().stream().map(r -> RegionView.from(r, english)).toList();
    }
}
