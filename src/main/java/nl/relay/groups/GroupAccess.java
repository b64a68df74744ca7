package nl.relay.groups;

import nl.relay.platform.errors.Conflict;
import nl.relay.platform.errors.NotAllowed;
import nl.relay.platform.errors.NotFound;
import nl.relay.platform.http.PathIds;

/** Finding a group and checking what the caller may do with it, the same way for the API and the pages. */
public final class GroupAccess {

    private GroupAccess() {
    }

    /** A group id as written in a path: anything that is not a group's id is simply not found. */
    public static long id(String raw) {
        return PathIds.parse(raw, () -> notFound(raw));
    }

    public static Group require(long id) {
        return Group.byId(id).orElseThrow(() -> notFound(String.valueOf(id)));
    }

    static Group requireLocked(long id) {
        return Group.lockedById(id).orElseThrow(() -> notFound(String.valueOf(id)));
    }

    /** A private group's members and posts are for its members; a public group's for everyone. */
    public static void requireInside(Group group, long viewerId) {
        if (!isInside(group, Membership.of(group.id, viewerId).isPresent())) {
            throw new NotAllowed("Only members see a private group's members and posts.");
        }
    }

    /** Whether someone (a member or not) sees the group's members, member count and posts. */
    public static boolean isInside(Group group, boolean member) {
        return !group.isPrivate() || member;
    }

    /** The caller's role, which must be owner or admin. */
    static GroupRole requireManager(Group group, long actorId) {
        GroupRole role = Membership.roleOf(group.id, actorId).orElse(null);
        if (role == null || !role.manages()) {
            throw new NotAllowed("Only the group's owners and admins may do this.");
        }
        return role;
    }

    /** Whether the account is one of the group's owners or admins. */
    public static boolean manages(long groupId, long accountId) {
        return Membership.roleOf(groupId, accountId).map(GroupRole::manages).orElse(false);
    }

    static void requireActive(Group group) {
        if (group.archived) {
            throw new Conflict("The group is archived.");
        }
    }

    private static NotFound notFound(String id) {
        return new NotFound("There is no group " + (id.length() > 40 ? id.substring(0, 40) + "…" : id) + ".");
    }
}
