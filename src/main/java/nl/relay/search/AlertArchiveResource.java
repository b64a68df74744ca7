package nl.relay.search;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.relay.accounts.Caller;
import nl.relay.alerts.Alert;
import nl.relay.alerts.AlertAccess;
import nl.relay.platform.paging.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/alerts/{id}/archive}: what an alert's query finds among the posts written before the alert was. */
@Path("/api/alerts/{id}/archive")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Term alerts")
public class AlertArchiveResource {

    private final Caller caller;
    private final Search search;

    AlertArchiveResource(Caller caller, Search search) {
        this.caller = caller;
        this.search = search;
    }

    @GET
    @Operation(summary = "Earlier posts an alert's query finds", description = "A search with the alert's query "
            + "over the posts written before the alert was made, newest first, only those you may read; the "
            + "matches since are under /matches.")
    public SearchResults archive(@PathParam("id") String id, @BeanParam PageRequest page) {
        Alert alert = AlertAccess.require(AlertAccess.id(id), caller.accountId());
        return search.search(caller.accountId(), SearchCriteria.before(alert.query, alert.createdAt), page);
    }
}
