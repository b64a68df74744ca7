package nl.relay.directory.clients;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.relay.alerts.DeleteAlert;
import nl.relay.directory.Client;
import nl.relay.platform.errors.NotFound;

/** Stops watching a client: deletes the reader's watch alert, if there is one. */
@ApplicationScoped
public class UnwatchClient {

    private final DeleteAlert deleteAlert;
    private final ClientWatchers watchers;

    UnwatchClient(DeleteAlert deleteAlert, ClientWatchers watchers) {
        this.deleteAlert = deleteAlert;
        this.watchers = watchers;
    }

    @Transactional
    public void unwatch(long reader, long clientId) {
        if (Client.findById(clientId) == null) {
            throw new NotFound("There is no client " + clientId + ".");
        }
        watchers.watchOf(reader, clientId).ifPresent(watch -> deleteAlert.delete(reader, watch.alertId()));
    }
}
