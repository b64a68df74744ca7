package nl.relay.platform.outbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

/** {@code /api/admin/outbox}: for admins, the background work that waits, and what was parked after failing. */
@Path("/api/admin/outbox")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
@Tag(name = "Operations")
public class OutboxResource {

    private final OutboxReport report;

    OutboxResource(OutboxReport report) {
        this.report = report;
    }

    @GET
    @Operation(summary = "Background work (admins)", description = "How many tasks wait, and the parked ones (the "
            + "newest 100) with their last error: for example mails that failed 15 times.")
    @APIResponse(responseCode = "200", description = "What waits and what is parked")
    @APIResponse(responseCode = "403", description = "Admins only.")
    public OutboxReport.OutboxState state() {
        return report.state();
    }

    @POST
    @Path("/{id}/retry")
    @ResponseStatus(204)
    @Operation(summary = "Retry a parked task now (admins)", description = "Its attempts start again from zero.")
    @APIResponse(responseCode = "204", description = "Queued again")
    @APIResponse(responseCode = "403", description = "Admins only.")
    public void retry(@PathParam("id") String id) {
        report.retry(id);
    }
}
