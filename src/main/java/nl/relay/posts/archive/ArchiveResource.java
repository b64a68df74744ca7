package nl.relay.posts.archive;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/admin/export}: for admins, the legal archive of every post, streamed as NDJSON. */
@Path(ArchiveResource.PATH)
@RolesAllowed("admin")
@Tag(name = "Operations")
public class ArchiveResource {

    static final String PATH = "/api/admin/export";
    static final String NDJSON = "application/x-ndjson";

    private final ArchiveLines lines;

    ArchiveResource(ArchiveLines lines) {
        this.lines = lines;
    }

    @GET
    @Produces(NDJSON)
    @Operation(summary = "The legal archive (admins)", description = "Every post created in [from, to), private "
            + "groups' and removed ones included, one JSON object per line in id order: author, kind, group, client, "
            + "thread, every version of the text with when it was written, whether it was removed, and its likes. "
            + "See the README, \"Legal archive\", for each field.")
    // Without a schema (see ArchiveDocument).
    @APIResponse(responseCode = "200", description = "The posts, one JSON object per line (no line for an empty "
            + "window)", content = @Content(mediaType = NDJSON))
    @APIResponse(responseCode = "403", description = "Admins only.")
    public StreamingOutput export(
            @Parameter(description = "Created at or after: a date (the start of that day in Amsterdam) or an "
                    + "instant such as 2026-01-31T09:00:00Z; open when left out") @QueryParam("from") String from,
            @Parameter(description = "Created before: a date or an instant; open when left out") @QueryParam("to") String to) {
        return lines.of(ArchiveWindow.of(from, to));
    }
}
