package nl.relay.posts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import nl.relay.directory.Client;
import nl.relay.directory.Sector;
import nl.relay.platform.errors.InvalidInput;

/**
 * What a new post (or a draft whose reach is previewed) may refer to: a known client, a known sector, and a
 * group to start a thread in. The one place "a group you may post in" is decided.
 */
@ApplicationScoped
public class PostReferences {

    private final EntityManager entityManager;

    PostReferences(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The client, when one is named: it must exist. */
    public Long client(Long clientId) {
        if (clientId == null) {
            return null;
        }
        return Client.<Client>findByIdOptional(clientId)
                .orElseThrow(() -> new InvalidInput("clientId", "is not a known client")).id;
    }

    /** The sector, when one is named: it must exist. */
    public String sector(String sectorCode) {
        if (sectorCode == null) {
            return null;
        }
        return Sector.byCode(sectorCode)
                .orElseThrow(() -> new InvalidInput("sectorCode", "is not a known sector")).code;
    }

    /**
     * The group a new thread starts in, when one is named: one the author belongs to and that is not archived.
     * A group that does not exist and a private one the author is not in are refused alike. The group row is
     * shared-locked, so it cannot be archived while a post is written in the same transaction.
     */
    public Long groupToStartIn(long authorId, Long groupId) {
        if (groupId == null) {
            return null;
        }
        List<?> archived = entityManager.createNativeQuery("""
                select g.archived from relay_group g
                where g.id = ?1 and exists (select 1 from group_member m where m.group_id = g.id and m.account_id = ?2)
                for share of g""", Boolean.class).setParameter(1, groupId).setParameter(2, authorId).getResultList();
        if (archived.isEmpty()) {
            throw new InvalidInput("groupId", "is not a group you can post in");
        }
        if ((Boolean) archived.get(0)) {
            throw new InvalidInput("groupId", "is archived: it takes no new posts");
        }
        return groupId;
    }
}
