package nl.relay.preferences;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.relay.accounts.Caller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/me/preferences}: email delivery of notifications, digest frequency and language. */
@Path("/api/me/preferences")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Accounts and auth")
public class PreferencesResource {

    private final Caller caller;
    private final AccountPreferences preferences;

    PreferencesResource(Caller caller, AccountPreferences preferences) {
        this.caller = caller;
        this.preferences = preferences;
    }

    @GET
    @Operation(summary = "My preferences", description = "language is null while the browser's language applies.")
    public Preferences get() {
        return preferences.of(caller.accountId());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change my preferences", description = "Fields left out stay as they are; "
            + "\"language\": null follows the browser's language again. Answers the preferences now in force.")
    public Preferences change(@NotNull PreferencesChange request) {
        return preferences.change(caller.accountId(), request);
    }
}
