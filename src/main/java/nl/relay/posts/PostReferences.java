package nl.relay.posts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import nl.relay.directory.Client;
import nl.relay.directory.Sector;
import nl.relay.platform.database.NativeSql;
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

    /**
     * The client, when one is named: it must exist and take new work (not archived, not merged into another).
     * The client row is shared-locked, so it cannot be archived or merged while the post is written.
     */
    public Long client(Long clientId) {
        if (clientId == null) {
            return null;
        }
        ClientState client = NativeSql.select(entityManager,
                "select merged_into, archived from client where id = :id for share").bind("id", clientId)
                .first(row -> new ClientState(row.nullableLong("merged_into"), row.flag("archived")))
                .orElseThrow(() -> new InvalidInput("clientId", "is not a known client"));
        if (client.mergedInto() != null) {
            Client survivor = Client.<Client>findById(client.mergedInto()).survivor();
            throw new InvalidInput("clientId", "was merged into " + survivor.name + " (client " + survivor.id
                    + "): use that client");
        }
        if (client.archived()) {
            throw new InvalidInput("clientId", "is archived: it takes no new work");
        }
        return clientId;
    }

    /** Whether a client takes new work. */
    private record ClientState(Long mergedInto, boolean archived) {
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
            throw new PostRefused(PostRefused.Reason.NOT_YOUR_GROUP, "groupId", "is not a group you can post in");
        }
        if ((Boolean) archived.get(0)) {
            throw new PostRefused(PostRefused.Reason.GROUP_ARCHIVED, "groupId", "is archived: it takes no new posts");
        }
        return groupId;
    }
}
