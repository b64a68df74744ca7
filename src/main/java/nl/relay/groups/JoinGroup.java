package nl.relay.groups;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.relay.notifications.GroupNotices;

/**
 * Joining: a public group takes anyone at once; a private one records a request for its owners and
 * admins to approve. Asking again, or joining a group one is already in, changes nothing.
 */
@ApplicationScoped
public class JoinGroup {

    private final GroupNotices notices;

    JoinGroup(GroupNotices notices) {
        this.notices = notices;
    }

    /** What came of it. */
    public enum Outcome {
        MEMBER, REQUESTED
    }

    @Transactional
    public Outcome join(long accountId, long groupId) {
        Group group = GroupAccess.requireLocked(groupId);
        if (Membership.of(groupId, accountId).isPresent()) {
            return Outcome.MEMBER;
        }
        GroupAccess.requireActive(group);
        if (!group.isPrivate()) {
            Membership.of(groupId, accountId, GroupRole.MEMBER).persist();
            return Outcome.MEMBER;
        }
        if (JoinRequest.find(groupId, accountId).isEmpty()) {
            JoinRequest.of(groupId, accountId).persist();
            JoinRequest.flush();
            notices.joinRequested(groupId, accountId);
        }
        return Outcome.REQUESTED;
    }
}
