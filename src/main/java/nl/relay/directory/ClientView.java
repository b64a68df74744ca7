package nl.relay.directory;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A client as the API shows it: whether it is archived, the client it was merged into (old links explain
 * themselves), and how many people watch it, the reader among them or not.
 */
public record ClientView(long id, String name, List<String> aliases, SectorView sector, boolean archived,
        @Schema(nullable = true, description = "The client this one was merged into") ClientRef mergedInto,
        long watcherCount, boolean watchedByMe) {

    /** Another client, by id and name. */
    public record ClientRef(long id, String name) {
    }

    /** A client in a list that tells nothing of watchers. */
    public ClientView(long id, String name, List<String> aliases, SectorView sector) {
        this(id, name, aliases, sector, false, null, 0, false);
    }

    public static ClientView from(Client client, Sector sector, boolean english, Watchers watchers) {
        Client survivor = client.mergedInto == null ? null : Client.findById(client.mergedInto);
        return new ClientView(client.id, client.name, client.aliasList(), SectorView.from(sector, english),
                client.archived, survivor == null ? null : new ClientRef(survivor.id, survivor.name),
                watchers.count(client.id), watchers.watchedByReader(client.id));
    }

    /** How many watch each client of a page, and which the reader watches: read once per page. */
    public interface Watchers {

        long count(long clientId);

        boolean watchedByReader(long clientId);
    }
}
