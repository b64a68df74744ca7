package nl.relay.groups;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * A group's owners and admins archive it: its posts stay readable exactly as before, but it takes no
 * new posts, members, join requests or changes. Archiving twice is fine.
 */
@ApplicationScoped
public class ArchiveGroup {

    @Transactional
    public void archive(long actorId, long groupId) {
        Group group = GroupAccess.requireLocked(groupId);
        GroupAccess.requireManager(group, actorId);
        group.archived = true;
        JoinRequest.delete("groupId", groupId);
    }
}
