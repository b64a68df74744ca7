package nl.relay.recruitment.candidates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.TreeSet;
import nl.relay.platform.database.NativeSql;
import nl.relay.posts.PostVisibility;

/**
 * Finds the same person offered twice among the active candidates (available or in process, not expired): by
 * normalised email or phone (refused), or by a similar name in the same region (a warning). Answers only the
 * other offer's owner, and its id and title when the viewer may read its post, never its person. An offer whose
 * post was removed is no longer on offer.
 */
@ApplicationScoped
class CandidateDuplicates {

    private final EntityManager entityManager;
    private final PostVisibility visibility;
    private final Clock clock;

    CandidateDuplicates(EntityManager entityManager, PostVisibility visibility, Clock clock) {
        this.entityManager = entityManager;
        this.visibility = visibility;
        this.clock = clock;
    }

    /** A 409 when an active candidate has this email or phone key; holds the keys' locks to the transaction's end. */
    void refuseActive(long viewerId, String emailKey, String phoneKey) {
        if (emailKey == null && phoneKey == null) {
            return;
        }
        lockKeys(emailKey, phoneKey);
        refuseActiveDuplicate(viewerId, emailKey, phoneKey);
    }

    /**
     * Two offers of the same person at the same moment take turns: a lock per key, held to the end of the
     * transaction, taken in one order so two offers never deadlock.
     */
    private void lockKeys(String emailKey, String phoneKey) {
        TreeSet<String> keys = new TreeSet<>();
        if (emailKey != null) {
            keys.add("email:" + emailKey);
        }
        if (phoneKey != null) {
            keys.add("phone:" + phoneKey);
        }
        for (String key : keys) {
            NativeSql.of(entityManager, "select pg_advisory_xact_lock(7340016, hashtext(:key))").bind("key", key)
                    .query().getSingleResult();
        }
    }

    /** The offer is named by id only to a viewer who may read its post; its owner is named to anyone. */
    private void refuseActiveDuplicate(long viewerId, String emailKey, String phoneKey) {
        NativeSql.select(entityManager, """
                select c.id, READABLE as readable, a.username, a.display_name from candidate_person p
                join candidate c on c.id = p.candidate_id join account a on a.id = c.owner_id
                join post po on po.id = c.post_id
                where (p.email_key = :email or p.phone_key = :phone) and not po.deleted
                  and c.status in ('available', 'in-process') and c.expires_at > :now
                order by c.id limit 1""".replace("READABLE", visibility.readableClause("po", ":viewer")))
                .bind("email", emailKey == null ? "" : emailKey).bind("phone", phoneKey == null ? "" : phoneKey)
                .bind("now", clock.instant()).bind("viewer", viewerId)
                .first(row -> {
                    CandidateView.Owner owner = new CandidateView.Owner(row.text("username"),
                            row.text("display_name"));
                    long id = row.longValue("id");
                    return row.flag("readable")
                            ? new DuplicateCandidate.Existing(id, "/api/candidates/" + id, owner)
                            : new DuplicateCandidate.Existing(null, null, owner);
                })
                .ifPresent(existing -> {
                    throw new DuplicateCandidate(existing);
                });
    }

    /**
     * Active candidates in the region whose folded name is the same or holds all the words of the other: their
     * owner, and id and title when the viewer may read their post (a private group's offer keeps both).
     */
    List<CandidateView.PossibleDuplicate> similarNames(long viewerId, String nameKey, String regionCode, long self) {
        if (nameKey.isEmpty()) {
            return List.of();
        }
        return NativeSql.select(entityManager, """
                select case when READABLE then c.id end as id, case when READABLE then c.title end as title,
                       a.username, a.display_name
                from candidate_person p
                join candidate c on c.id = p.candidate_id join account a on a.id = c.owner_id
                join post po on po.id = c.post_id
                where c.id <> :self and c.region_code = :region and not po.deleted
                  and c.status in ('available', 'in-process') and c.expires_at > :now and p.anonymised_at is null
                  and (string_to_array(p.name_key, ' ') @> string_to_array(:key, ' ')
                       or string_to_array(p.name_key, ' ') <@ string_to_array(:key, ' '))
                order by c.id desc limit 10""".replace("READABLE", visibility.shownClause("po", ":viewer")))
                .bind("viewer", viewerId).bind("self", self).bind("region", regionCode).bind("now", clock.instant())
                .bind("key", nameKey)
                .list(row -> new CandidateView.PossibleDuplicate(row.nullableLong("id"),
                        new CandidateView.Owner(row.text("username"), row.text("display_name")), row.text("title")));
    }
}
