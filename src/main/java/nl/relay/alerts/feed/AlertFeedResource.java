package nl.relay.alerts.feed;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import nl.relay.accounts.Account;
import nl.relay.alerts.Alert;
import nl.relay.alerts.AlertAccess;
import nl.relay.platform.errors.NotFound;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /feeds/alerts/{id}.atom?token=}: an alert's private Atom feed, for feed readers, which cannot sign
 * in: the token in the address is the key. A wrong or old token, and an alert whose owner left, are not
 * found, exactly like an alert that does not exist.
 */
@Path("/feeds/alerts")
@PermitAll
@Tag(name = "Term alerts")
public class AlertFeedResource {

    static final String ATOM = "application/atom+xml";

    private final AlertFeed feed;

    AlertFeedResource(AlertFeed feed) {
        this.feed = feed;
    }

    /** Served whatever the reader's Accept header says: feed readers send all kinds. */
    @GET
    @Path("/{file}")
    @Operation(summary = "An alert's Atom feed", description = "The latest 50 matches, for the token shown as "
            + "feedUrl in the alert.")
    @APIResponse(responseCode = "200", description = "The feed", content = @Content(mediaType = ATOM, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "The path or query is not correctly percent-encoded or holds control characters.")
    @APIResponse(responseCode = "404", description = "There is no such alert, or the token is not its token.")
    public Response atom(@PathParam("file") String file, @QueryParam("token") String token) {
        if (!file.endsWith(".atom") || token == null) {
            throw notFound();
        }
        Alert alert = Alert.byId(AlertAccess.id(file.substring(0, file.length() - ".atom".length())))
                .filter(a -> MessageDigest.isEqual(a.feedToken.getBytes(StandardCharsets.UTF_8),
                        token.getBytes(StandardCharsets.UTF_8)))
                .filter(a -> a.isTeamAlert() || Account.<Account>findById(a.ownerId).active)
                .orElseThrow(AlertFeedResource::notFound);
        return Response.ok(feed.atom(alert), ATOM + ";charset=utf-8").header("Cache-Control", "private, no-cache")
                .header("Referrer-Policy", "no-referrer").build();
    }

    private static NotFound notFound() {
        return new NotFound("There is no such feed.");
    }
}
