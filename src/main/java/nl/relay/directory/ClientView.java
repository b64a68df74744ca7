package nl.relay.directory;

import java.util.List;

/** A client as the API shows it. */
public record ClientView(long id, String name, List<String> aliases, SectorView sector) {

    public static ClientView from(Client client, Sector sector, boolean english) {
        return new ClientView(client.id, client.name, client.aliasList(), SectorView.from(sector, english));
    }
}
