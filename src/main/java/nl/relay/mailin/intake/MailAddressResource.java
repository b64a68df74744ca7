package nl.relay.mailin.intake;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.relay.accounts.Caller;
import nl.relay.mailin.intake.PersonalMailAddresses.MailAddresses;
import nl.relay.platform.errors.NotFound;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in person's addresses to post by mail, and making or renewing their secret one. */
@Path("/api/me/mail-addresses")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Email in")
public class MailAddressResource {

    private final Caller caller;
    private final PersonalMailAddresses addresses;

    MailAddressResource(Caller caller, PersonalMailAddresses addresses) {
        this.caller = caller;
        this.addresses = addresses;
    }

    @GET
    @Operation(summary = "My addresses to post by mail", description = "post@ works for mail that comes through the "
            + "company's own mail server; secretPost (post+<secret>@) from anywhere, so keep it to yourself (null "
            + "until you make one with POST /api/me/mail-addresses/renew); one address per group you are a member of "
            + "(archived groups left out). Reading changes nothing.")
    @APIResponse(responseCode = "200", description = "The addresses")
    @APIResponse(responseCode = "404", description = "Email in is not set up on this Relay")
    public MailAddresses addresses() {
        return addresses.of(caller.accountId()).orElseThrow(MailAddressResource::notSetUp);
    }

    @POST
    @Path("/renew")
    @Operation(summary = "Make or renew my secret address", description = "Makes your secret address, or a new one "
            + "that replaces the old one at once: mail to the old one is refused from then on.")
    @APIResponse(responseCode = "200", description = "The addresses, with the new secret address")
    @APIResponse(responseCode = "404", description = "Email in is not set up on this Relay")
    public MailAddresses renew() {
        return addresses.renew(caller.accountId()).orElseThrow(MailAddressResource::notSetUp);
    }

    private static NotFound notSetUp() {
        return new NotFound("Email in is not set up on this Relay: an admin sets relay.mail-in.domain.");
    }
}
