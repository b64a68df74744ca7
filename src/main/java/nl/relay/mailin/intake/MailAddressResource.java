package nl.relay.mailin.intake;

import io.quarkus.security.Authenticated;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import nl.relay.accounts.Caller;
import nl.relay.platform.database.NativeSql;
import nl.relay.platform.errors.NotFound;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The addresses a person can mail to post in Relay: post@, their secret address, and their groups'. */
@Path("/api/me/mail-addresses")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Email in")
public class MailAddressResource {

    private final Caller caller;
    private final MailSecrets secrets;
    private final EntityManager entityManager;
    private final Optional<String> domain;

    MailAddressResource(Caller caller, MailSecrets secrets, EntityManager entityManager,
            @ConfigProperty(name = "relay.mail-in.domain") Optional<String> domain) {
        this.caller = caller;
        this.secrets = secrets;
        this.entityManager = entityManager;
        this.domain = domain;
    }

    /** A person's mail addresses. {@code secretPost} works from any mail server: keep it to yourself. */
    public record MailAddresses(String post, String secretPost, List<GroupAddress> groups) {
    }

    /** The address that posts into one of the person's groups. */
    public record GroupAddress(long id, String name, String address) {
    }

    @GET
    @Operation(summary = "My addresses to post by mail", description = "post@ works for mail that comes through the "
            + "company's own mail server; secretPost (post+<secret>@) from anywhere, so keep it to yourself; one "
            + "address per group you are a member of (archived groups left out).")
    @APIResponse(responseCode = "200", description = "The addresses")
    @APIResponse(responseCode = "404", description = "Email in is not set up on this Relay")
    public MailAddresses addresses() {
        String at = domain();
        return addressesWith(secrets.secretOf(caller.accountId()), at);
    }

    @POST
    @Path("/renew")
    @Operation(summary = "Renew my secret address", description = "A new secret address replaces the old one at once: "
            + "mail to the old one is refused from then on.")
    @APIResponse(responseCode = "200", description = "The addresses, with the new secret address")
    @APIResponse(responseCode = "404", description = "Email in is not set up on this Relay")
    public MailAddresses renew() {
        String at = domain();
        return addressesWith(secrets.renew(caller.accountId()), at);
    }

    private MailAddresses addressesWith(String secret, String at) {
        List<GroupAddress> groups = NativeSql.select(entityManager, """
                select g.id, g.name from relay_group g join group_member m on m.group_id = g.id
                where m.account_id = :account and not g.archived order by lower(g.name), g.id""")
                .bind("account", caller.accountId())
                .list(row -> new GroupAddress(row.longValue("id"), row.text("name"),
                        "group+" + row.longValue("id") + "@" + at));
        return new MailAddresses("post@" + at, "post+" + secret + "@" + at, groups);
    }

    private String domain() {
        return domain.filter(d -> !d.isBlank()).orElseThrow(() -> new NotFound(
                "Email in is not set up on this Relay: an admin sets relay.mail-in.domain."));
    }
}
