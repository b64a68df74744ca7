package nl.relay.notifications.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * One mail per person per post: a mailing-list mail of a post and the notification mail of a mention of (or reply
 * to) them in it both claim the pair before sending, and the second finds it taken. A claim is made in the sending
 * transaction: another instance claiming the same pair waits on it, and a failed send's rollback frees it.
 */
@ApplicationScoped
public class MailedPosts {

    private final EntityManager entityManager;

    MailedPosts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Claims the post's one mail to the account; false when it was mailed (or is being mailed) already. */
    public boolean claim(long accountId, long postId) {
        return entityManager.createNativeQuery("insert into mailed_post (account_id, post_id) values (?1, ?2) "
                + "on conflict do nothing").setParameter(1, accountId).setParameter(2, postId).executeUpdate() == 1;
    }

    /** Gives back a claim made in this transaction, when the mail it was for does not go after all. */
    void release(long accountId, long postId) {
        entityManager.createNativeQuery("delete from mailed_post where account_id = ?1 and post_id = ?2")
                .setParameter(1, accountId).setParameter(2, postId).executeUpdate();
    }
}
