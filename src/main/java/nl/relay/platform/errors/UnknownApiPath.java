package nl.relay.platform.errors;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Any path under /api that no resource claims answers 404 as a problem, like every other error. */
@Path("/api/{unknown: .*}")
@PermitAll
public class UnknownApiPath {

    @GET
    @Operation(hidden = true)
    public void get() {
        throw notFound();
    }

    @POST
    @Operation(hidden = true)
    public void post() {
        throw notFound();
    }

    @PUT
    @Operation(hidden = true)
    public void put() {
        throw notFound();
    }

    @PATCH
    @Operation(hidden = true)
    public void patch() {
        throw notFound();
    }

    @DELETE
    @Operation(hidden = true)
    public void delete() {
        throw notFound();
    }

    private static NotFound notFound() {
        return new NotFound("There is no such API path.");
    }
}
