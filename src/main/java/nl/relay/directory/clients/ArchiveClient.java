package nl.relay.directory.clients;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.relay.directory.Client;
import nl.relay.platform.errors.InvalidInput;
import nl.relay.platform.errors.NotFound;

/** Archives a client, so it takes no new work, or brings it back (admins); a merged client stays archived. */
@ApplicationScoped
public class ArchiveClient {

    @Transactional
    public void archive(long clientId, boolean archived) {
        Client client = Client.<Client>findByIdOptional(clientId)
                .orElseThrow(() -> new NotFound("There is no client " + clientId + "."));
        if (!archived && client.mergedInto != null) {
            Client survivor = client.survivor();
            throw new InvalidInput("archived", "stays true: the client was merged into " + survivor.name
                    + " (" + survivor.id + ")");
        }
        client.archived = archived;
    }
}
