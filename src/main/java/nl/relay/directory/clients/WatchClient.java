package nl.relay.directory.clients;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import nl.relay.alerts.Alert;
import nl.relay.alerts.AlertDetails;
import nl.relay.alerts.ChangeAlert;
import nl.relay.alerts.CreateAlert;
import nl.relay.alerts.query.AlertAnalysis;
import nl.relay.alerts.query.AlertQuery;
import nl.relay.directory.Client;
import nl.relay.platform.errors.InvalidInput;
import nl.relay.platform.errors.NotFound;

/**
 * Watches a client: the reader's own alert {@code client:"<name>"} that remembers the client it watches, told
 * in the app and by email. Watching again changes only the frequency; one watch per person and client.
 */
@ApplicationScoped
public class WatchClient {

    private static final Set<String> FREQUENCIES = Set.of("instant", "daily", "weekly");
    private static final int MAX_NAME = 100;

    private final CreateAlert createAlert;
    private final ChangeAlert changeAlert;
    private final ClientWatchers watchers;
    private final EntityManager entityManager;

    WatchClient(CreateAlert createAlert, ChangeAlert changeAlert, ClientWatchers watchers,
            EntityManager entityManager) {
        this.createAlert = createAlert;
        this.changeAlert = changeAlert;
        this.watchers = watchers;
        this.entityManager = entityManager;
    }

    @Transactional
    public WatchView watch(long reader, long clientId, String frequency, boolean dutch) {
        String chosen = frequency == null || frequency.isBlank() ? "instant" : frequency.strip();
        if (!FREQUENCIES.contains(chosen)) {
            throw new InvalidInput("frequency", "must be instant, daily or weekly");
        }
        Client client = Client.<Client>findByIdOptional(clientId)
                .orElseThrow(() -> new NotFound("There is no client " + clientId + "."));
        if (client.archived) {
            throw new InvalidInput("clientId", "is archived: watch the client it was merged into, if any");
        }
        lockReader(reader);
        long alertId = watchers.watchOf(reader, clientId).map(watch -> {
            if (!watch.frequency().equals(chosen)) {
                changeAlert.change(reader, watch.alertId(), new AlertDetails(null, null, chosen, null, null));
            }
            return watch.alertId();
        }).orElseGet(() -> newWatch(reader, client, chosen, dutch));
        return new WatchView(true, chosen, alertId, watchers.of(List.of(clientId), reader).count(clientId));
    }

    private long newWatch(long reader, Client client, String frequency, boolean dutch) {
        String name = client.name.strip().replaceAll("\\s+", " ");
        Alert alert = createAlert.create(reader, new AlertDetails(
                name.length() > MAX_NAME ? name.substring(0, MAX_NAME - 1) + "…" : name,
                AlertQuery.forValue(AlertAnalysis.CLIENT, client.name, dutch), frequency,
                List.of(Alert.APP, Alert.EMAIL), null));
        entityManager.createNativeQuery("update alert set watched_client_id = ?1 where id = ?2")
                .setParameter(1, client.id).setParameter(2, alert.id).executeUpdate();
        return alert.id;
    }

    /** Two presses at once find one another's watch instead of making two. */
    private void lockReader(long reader) {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(?1, ?2)")
                .setParameter(1, 16).setParameter(2, (int) reader).getSingleResult();
    }
}
