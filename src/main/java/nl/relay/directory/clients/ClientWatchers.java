package nl.relay.directory.clients;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.relay.directory.ClientView;
import nl.relay.platform.database.NativeSql;

/** Who watches clients: a watch is an alert that names the client it watches (alert.watched_client_id). */
@ApplicationScoped
public class ClientWatchers {

    private final EntityManager entityManager;

    ClientWatchers(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The watcher counts of these clients, and which of them the reader watches, in one query. */
    public ClientView.Watchers of(Collection<Long> clientIds, long reader) {
        Map<Long, Counted> counted = clientIds.isEmpty()
                ? Map.of()
                : NativeSql.select(entityManager, """
                        select watched_client_id as client_id, count(*) as watchers,
                               bool_or(owner_id = :reader) as mine
                        from alert where watched_client_id in (:clients) group by watched_client_id""")
                        .bind("reader", reader).bind("clients", clientIds)
                        .list(row -> new Counted(row.longValue("client_id"), row.longValue("watchers"),
                                row.flag("mine")))
                        .stream().collect(Collectors.toMap(Counted::clientId, Function.identity()));
        return new ClientView.Watchers() {

            @Override
            public long count(long clientId) {
                Counted one = counted.get(clientId);
                return one == null ? 0 : one.watchers();
            }

            @Override
            public boolean watchedByReader(long clientId) {
                Counted one = counted.get(clientId);
                return one != null && one.mine();
            }
        };
    }

    /** How many watch one client, and whether the reader is one of them. */
    private record Counted(long clientId, long watchers, boolean mine) {
    }

    /** The reader's watch of a client: the alert's id and frequency. */
    public Optional<Watching> watchOf(long reader, long clientId) {
        return NativeSql.select(entityManager, """
                select id, frequency from alert where owner_id = :reader and watched_client_id = :client""")
                .bind("reader", reader).bind("client", clientId)
                .first(row -> new Watching(row.longValue("id"), row.text("frequency")));
    }

    /** A watch: its alert, and how often it tells. */
    public record Watching(long alertId, String frequency) {
    }
}
