package nl.relay.posts.archive;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.StreamingOutput;
import nl.relay.accounts.Caller;
import nl.relay.community.moderation.ModerationAudit;
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
    private final Caller caller;
    private final ModerationAudit audit;

    ArchiveResource(ArchiveLines lines, Caller caller, ModerationAudit audit) {
        this.lines = lines;
        this.caller = caller;
        this.audit = audit;
    }

    @GET
    @Produces(NDJSON)
    @Operation(summary = "The legal archive (admins)", description = "Every post created in [from, to), private "
            + "groups' and removed ones included, one JSON object per line in id order: author, kind, group, client, "
            + "thread, every version of the text with when it was written, whether it was removed, and its likes. "
            + "See the README, \"Legal archive\", for each field. Each export is logged in the moderation audit "
            + "(GET /api/moderation/audit: action read, path archive, the window).")
    // Without a schema (see ArchiveDocument).
    @APIResponse(responseCode = "200", description = "The posts, one JSON object per line (no line for an empty "
            + "window)", content = @Content(mediaType = NDJSON))
    @APIResponse(responseCode = "403", description = "Admins only.")
    public StreamingOutput export(
            @Parameter(description = "Created at or after: a date (the start of that day in Amsterdam) or an "
                    + "instant such as 2026-01-31T09:00:00Z; open when left out") @QueryParam("from") String from,
            @Parameter(description = "Created before: a date or an instant; open when left out") @QueryParam("to") String to) {
        ArchiveWindow window = ArchiveWindow.of(from, to);
        // Private groups' and hidden posts are in it: who exported which window is in the moderation audit.
        QuarkusTransaction.requiringNew().run(() -> audit.readArchive(caller.accountId(),
                (window.from() == null ? "" : window.from().toString()) + ".."
                        + (window.to() == null ? "" : window.to().toString())));
        return lines.of(window);
    }
}
