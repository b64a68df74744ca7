package nl.relay.groups;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import nl.relay.accounts.Account;
import nl.relay.platform.errors.Conflict;
import nl.relay.platform.errors.NotAllowed;
import nl.relay.platform.errors.NotFound;

/**
 * Leaving a group (or withdrawing a request), or a group's owner or admin removing a member (or
 * rejecting a request). Admins remove members and admins, owners anyone; the last owner cannot go.
 * A removed member stops seeing a private group's posts on the next request.
 */
@ApplicationScoped
public class RemoveMember {

    private final Event<MemberLeft> left;

    RemoveMember(Event<MemberLeft> left) {
        this.left = left;
    }

    @Transactional
    public void remove(long actorId, long groupId, String username) {
        Group group = GroupAccess.requireLocked(groupId);
        Account account = Account.findByUsername(username)
                .orElseThrow(() -> new NotFound("There is no account '" + username + "'."));
        boolean self = account.id == actorId;
        Membership membership = Membership.of(groupId, account.id).orElse(null);
        if (!self) {
            GroupRole actorRole = GroupAccess.requireManager(group, actorId);
            if (membership != null && membership.groupRole() == GroupRole.OWNER && actorRole != GroupRole.OWNER) {
                throw new NotAllowed("Only owners remove owners.");
            }
        }
        JoinRequest.find(groupId, account.id).ifPresent(JoinRequest::delete);
        if (membership == null) {
            return;
        }
        if (membership.groupRole() == GroupRole.OWNER && Membership.owners(groupId) == 1) {
            throw new Conflict("The group's last owner cannot leave; make someone else owner first.");
        }
        membership.delete();
        left.fire(new MemberLeft(groupId, account.id));
    }
}
