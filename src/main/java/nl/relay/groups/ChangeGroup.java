package nl.relay.groups;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import nl.relay.platform.errors.Conflict;
import nl.relay.platform.errors.UniqueViolation;

/**
 * A group's owners and admins rename it, describe it, or make it public or private. Making
 * a group private hides its posts from non-members at once; making it public shows its history to all.
 */
@ApplicationScoped
public class ChangeGroup {

    @Transactional
    public Group change(long actorId, long groupId, GroupDetails changes) {
        changes.check(false);
        Group group = GroupAccess.requireLocked(groupId);
        GroupAccess.requireManager(group, actorId);
        GroupAccess.requireActive(group);
        if (changes.name() != null) {
            group.name = changes.name();
        }
        if (changes.description() != null) {
            group.description = changes.description();
        }
        if (changes.visibility() != null) {
            group.visibility = changes.visibility();
        }
        try {
            group.flush();
        } catch (PersistenceException e) {
            if (UniqueViolation.isCause(e)) {
                throw new Conflict("There is already a group named '" + group.name + "'.");
            }
            throw e;
        }
        return group;
    }
}
