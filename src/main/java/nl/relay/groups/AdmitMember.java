package nl.relay.groups;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.relay.accounts.Account;
import nl.relay.notifications.GroupNotices;
import nl.relay.platform.errors.Conflict;
import nl.relay.platform.errors.NotAllowed;
import nl.relay.platform.errors.NotFound;

/**
 * A group's owner or admin adds someone, approves their request, or changes a member's role. Admins
 * manage members and admins; only owners make or unmake owners, and the last owner keeps the role.
 */
@ApplicationScoped
public class AdmitMember {

    private final GroupNotices notices;

    AdmitMember(GroupNotices notices) {
        this.notices = notices;
    }

    @Transactional
    public void admit(long actorId, long groupId, String username, GroupRole role) {
        Group group = GroupAccess.requireLocked(groupId);
        GroupRole actorRole = GroupAccess.requireManager(group, actorId);
        GroupAccess.requireActive(group);
        Account account = Account.findByUsername(username).filter(a -> a.active)
                .orElseThrow(() -> new NotFound("There is no account '" + username + "'."));
        Membership membership = Membership.of(groupId, account.id).orElse(null);
        GroupRole wanted = role != null ? role : membership != null ? membership.groupRole() : GroupRole.MEMBER;
        if (actorRole != GroupRole.OWNER && (wanted == GroupRole.OWNER
                || membership != null && membership.groupRole() == GroupRole.OWNER)) {
            throw new NotAllowed("Only owners make or unmake owners.");
        }
        if (membership == null) {
            Membership.of(groupId, account.id, wanted).persist();
            notices.admitted(groupId, account.id, actorId);
        } else if (membership.groupRole() != wanted) {
            if (membership.groupRole() == GroupRole.OWNER && Membership.owners(groupId) == 1) {
                throw new Conflict("The group's last owner stays owner; make someone else owner first.");
            }
            membership.role = wanted.toString();
        }
        JoinRequest.find(groupId, account.id).ifPresent(JoinRequest::delete);
    }
}
