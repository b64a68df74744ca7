package nl.relay.alerts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import nl.relay.posts.PostVisibility;

/**
 * The matches of a person's daily or weekly alerts in a digest's period, for one channel: only posts they
 * may read, did not write themselves, and that are not removed; by alert, newest post first.
 */
@ApplicationScoped
class DigestMatches {

    private final EntityManager entityManager;
    private final PostVisibility visibility;

    DigestMatches(EntityManager entityManager, PostVisibility visibility) {
        this.entityManager = entityManager;
        this.visibility = visibility;
    }

    /** Rows of alert id, alert name, post id, author's display name, post body. */
    @SuppressWarnings("unchecked")
    List<Object[]> of(long accountId, DigestPeriod period, String channel) {
        return entityManager.createNativeQuery("""
                select al.id, al.name, p.id, actor.display_name, p.body
                from alert al
                join alert_match m on m.alert_id = al.id
                join post p on p.id = m.post_id
                join account actor on actor.id = p.author_id
                where al.frequency = :frequency and :channel = any(al.channels)
                  and """ + AlertRecipients.receives("al", ":account") + """
                and m.matched_at > :since and m.matched_at <= :until
                and not p.deleted and p.author_id <> :account and """
                + visibility.readableClause("p", ":account") + " order by al.id, p.id desc")
                .setParameter("frequency", period.frequency()).setParameter("channel", channel)
                .setParameter("account", accountId).setParameter("since", period.since())
                .setParameter("until", period.until()).getResultList();
    }
}
