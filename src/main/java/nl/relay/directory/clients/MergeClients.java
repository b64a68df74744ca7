package nl.relay.directory.clients;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.relay.alerts.DeleteAlert;
import nl.relay.directory.Client;
import nl.relay.platform.database.NativeSql;
import nl.relay.platform.errors.InvalidInput;
import nl.relay.platform.errors.NotFound;
import nl.relay.platform.text.TextFolding;

/**
 * Merges one client into another (admins): the merged client's names become the survivor's aliases, and its
 * posts, candidates, vacancies, proposals and watches move to the survivor, in one transaction. The merged
 * client stays, archived, pointing at the survivor, so old links explain themselves.
 */
@ApplicationScoped
public class MergeClients {

    private final EntityManager entityManager;
    private final DeleteAlert deleteAlert;

    MergeClients(EntityManager entityManager, DeleteAlert deleteAlert) {
        this.entityManager = entityManager;
        this.deleteAlert = deleteAlert;
    }

    @Transactional
    public Client merge(long survivorId, long mergedId) {
        lock(survivorId, mergedId);
        Client survivor = Client.<Client>findByIdOptional(survivorId)
                .orElseThrow(() -> new NotFound("There is no client " + survivorId + "."));
        Client merged = Client.<Client>findByIdOptional(mergedId)
                .orElseThrow(() -> new InvalidInput("clientId", "is not a known client"));
        check(survivor, merged);
        moveRows(survivor.id, merged.id);
        moveWatches(survivor.id, merged.id);
        survivor.aliases = aliases(survivor, merged);
        merged.mergedInto = survivor.id;
        merged.archived = true;
        entityManager.flush();
        return survivor;
    }

    /**
     * Both rows locked in id order, so two merges of the same pair cannot deadlock or cross. Not {@code for update}:
     * that would also hold back every row written meanwhile that refers to the client (a proposal holding its
     * candidate and vacancy), while this merge waits for that candidate.
     */
    private void lock(long survivorId, long mergedId) {
        entityManager.createNativeQuery("select id from client where id in (?1, ?2) order by id for no key update")
                .setParameter(1, survivorId).setParameter(2, mergedId).getResultList();
    }

    private static void check(Client survivor, Client merged) {
        if (survivor.id.equals(merged.id)) {
            throw new InvalidInput("clientId", "is the client itself: a client cannot be merged into itself");
        }
        if (survivor.archived) {
            throw new InvalidInput("clientId", "cannot be merged into " + survivor.name + ": that client is archived");
        }
        if (merged.mergedInto != null) {
            throw new InvalidInput("clientId", "was merged already");
        }
    }

    /**
     * Posts, candidates, vacancies and proposals move to the survivor. Where one candidate was proposed to both
     * clients, the later proposal becomes a duplicate of the earlier, so a candidate stays proposed once per client.
     */
    private void moveRows(long survivor, long merged) {
        // The posts locked in id order first, as every writer of posts locks them (a thread's root before its
        // replies); the update alone would take them in whatever order its plan visits them.
        entityManager.createNativeQuery("select id from post where client_id = ?1 order by id for no key update")
                .setParameter(1, merged).getResultList();
        List<?> moved = entityManager.createNativeQuery(
                "update post set client_id = ?1 where client_id = ?2 returning id")
                .setParameter(1, survivor).setParameter(2, merged).getResultList();
        if (!moved.isEmpty()) {
            // The posts' stored search terms name the merged client: search indexes them again.
            NativeSql.of(entityManager, "insert into search_reindex (post_id) select p.id from post p "
                    + "where p.id in (:ids) and not p.deleted on conflict do nothing")
                    .bind("ids", moved.stream().map(id -> ((Number) id).longValue()).toList())
                    .query().executeUpdate();
        }
        update("update candidate set client_id = ?1 where client_id = ?2", survivor, merged);
        update("update vacancy set client_id = ?1 where client_id = ?2", survivor, merged);
        update("""
                update proposal later set duplicate_of = earlier.id
                from proposal earlier
                where later.duplicate_of is null and earlier.duplicate_of is null
                  and later.candidate_id = earlier.candidate_id
                  and ((later.client_id = ?1 and earlier.client_id = ?2) or (later.client_id = ?2 and earlier.client_id = ?1))
                  and (earlier.proposed_at, earlier.id) < (later.proposed_at, later.id)""",
                survivor, merged);
        update("update proposal set client_id = ?1 where client_id = ?2", survivor, merged);
    }

    /** Watches move to the survivor; someone who watched both keeps their watch of the survivor. */
    private void moveWatches(long survivor, long merged) {
        List<?> doubles = entityManager.createNativeQuery("""
                select m.id from alert m
                where m.watched_client_id = ?2
                  and exists (select 1 from alert s where s.owner_id = m.owner_id and s.watched_client_id = ?1)""")
                .setParameter(1, survivor).setParameter(2, merged).getResultList();
        for (Object id : doubles) {
            long alertId = ((Number) id).longValue();
            long owner = ((Number) entityManager.createNativeQuery("select owner_id from alert where id = ?1")
                    .setParameter(1, alertId).getSingleResult()).longValue();
            deleteAlert.delete(owner, alertId);
        }
        entityManager.flush();
        update("update alert set watched_client_id = ?1 where watched_client_id = ?2", survivor, merged);
    }

    /** The survivor's aliases, then the merged client's name and aliases, each name once, never its own name. */
    private static String[] aliases(Client survivor, Client merged) {
        Map<String, String> byKey = new LinkedHashMap<>();
        Stream.concat(survivor.aliasList().stream(), Stream.concat(Stream.of(merged.name), merged.aliasList().stream()))
                .forEach(alias -> byKey.putIfAbsent(TextFolding.fold(alias.strip()), alias));
        byKey.remove(TextFolding.fold(survivor.name.strip()));
        return byKey.values().toArray(String[]::new);
    }

    private void update(String sql, long survivor, long merged) {
        entityManager.createNativeQuery(sql).setParameter(1, survivor).setParameter(2, merged).executeUpdate();
    }
}
