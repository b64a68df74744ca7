package nl.relay.platform.database;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Optional;

/**
 * A row taken for a change: locked for the rest of the transaction and read again under the lock. Looking an entity
 * up with a lock when the transaction already read it takes the lock but keeps the copy read earlier, which a change
 * would then write back over whatever another transaction did meanwhile.
 */
public final class RowLocks {

    private RowLocks() {
    }

    /** The entity of this type and id, locked and fresh; none when there is no such row. */
    public static <E> Optional<E> locked(Class<E> type, Object id) {
        EntityManager entityManager = Panache.getEntityManager(type);
        E found = entityManager.find(type, id);
        if (found == null) {
            return Optional.empty();
        }
        entityManager.refresh(found, LockModeType.PESSIMISTIC_WRITE);
        return Optional.of(found);
    }
}
