package nl.relay.mailinglist;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.relay.accounts.Caller;
import nl.relay.groups.GroupAccess;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

/** Mailing-list mode: the groups and followed topics whose every post I receive by mail, each replyable. */
@Path("/api/me/mailing-list")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Notifications")
public class MailingListResource {

    private final Caller caller;
    private final MailSubscriptions subscriptions;

    MailingListResource(Caller caller, MailSubscriptions subscriptions) {
        this.caller = caller;
        this.subscriptions = subscriptions;
    }

    @GET
    @Operation(summary = "What I receive every post of by mail", description = "Groups I may read and topics I "
            + "follow; a group I can no longer read or a topic I no longer follow is not listed (and not mailed).")
    public MailingListView mine() {
        return subscriptions.of(caller.accountId());
    }

    @PUT
    @Path("/groups/{id}")
    @ResponseStatus(204)
    @Operation(summary = "Receive every post of a group by mail", description = "Every new post and reply in the "
            + "group, while I may read it; each mail can be answered by replying. Choosing again changes nothing.")
    @APIResponse(responseCode = "204", description = "Mailed from now on")
    @APIResponse(responseCode = "404", description = "No group I may read has this id.")
    public void addGroup(@PathParam("id") String id) {
        subscriptions.addGroup(caller.accountId(), GroupAccess.id(id));
    }

    @DELETE
    @Path("/groups/{id}")
    @ResponseStatus(204)
    @Operation(summary = "Stop receiving a group's posts by mail")
    @APIResponse(responseCode = "204", description = "No longer mailed")
    @APIResponse(responseCode = "404", description = "No group I may read (or chose) has this id.")
    public void removeGroup(@PathParam("id") String id) {
        subscriptions.removeGroup(caller.accountId(), GroupAccess.id(id));
    }

    @PUT
    @Path("/topics/{topic}")
    @ResponseStatus(204)
    @Operation(summary = "Receive every post of a followed topic by mail", description = "Every new post with "
            + "the topic and every reply in its threads, that I may read. Case-insensitive; a leading '#' is "
            + "allowed. Unfollowing the topic ends it.")
    @APIResponse(responseCode = "204", description = "Mailed from now on")
    @APIResponse(responseCode = "422", description = "That is not a topic, or not one I follow.")
    public void addTopic(@PathParam("topic") String topic) {
        subscriptions.addTopic(caller.accountId(), topic);
    }

    @DELETE
    @Path("/topics/{topic}")
    @ResponseStatus(204)
    @Operation(summary = "Stop receiving a topic's posts by mail")
    @APIResponse(responseCode = "204", description = "No longer mailed")
    @APIResponse(responseCode = "422", description = "That is not a topic.")
    public void removeTopic(@PathParam("topic") String topic) {
        subscriptions.removeTopic(caller.accountId(), topic);
    }
}
