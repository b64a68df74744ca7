package nl.relay.groups;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Groups as a reader sees them, with member counts and the reader's role, in three queries per page. */
@ApplicationScoped
public class GroupViews {

    private final EntityManager entityManager;

    GroupViews(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public GroupView of(Group group, long readerId) {
        return of(List.of(group), readerId).get(0);
    }

    public List<GroupView> of(List<Group> groups, long readerId) {
        if (groups.isEmpty()) {
            return List.of();
        }
        List<Long> ids = groups.stream().map(g -> g.id).toList();
        Map<Long, Long> counts = new HashMap<>();
        entityManager.createQuery("select new MemberCount(m.groupId, count(m)) from Membership m "
                + "where m.groupId in ?1 group by m.groupId", MemberCount.class).setParameter(1, ids)
                .getResultStream().forEach(count -> counts.put(count.groupId(), count.members()));
        Map<Long, String> roles = new HashMap<>();
        entityManager.createQuery("select new ReaderRole(m.groupId, m.role) from Membership m "
                + "where m.accountId = ?1 and m.groupId in ?2", ReaderRole.class).setParameter(1, readerId)
                .setParameter(2, ids).getResultStream().forEach(role -> roles.put(role.groupId(), role.role()));
        Set<Long> requested = new HashSet<>(entityManager.createQuery("select r.groupId from JoinRequest r "
                + "where r.accountId = ?1 and r.groupId in ?2", Long.class).setParameter(1, readerId)
                .setParameter(2, ids).getResultList());
        return groups.stream().map(group -> {
            String role = roles.containsKey(group.id)
                    ? roles.get(group.id)
                    : requested.contains(group.id)
                            ? "requested"
                            : null;
            boolean inside = GroupAccess.isInside(group, roles.containsKey(group.id));
            return new GroupView(group.id, group.name, group.description, group.visibility,
                    inside ? counts.getOrDefault(group.id, 0L) : null, role, group.archived, group.createdAt);
        }).toList();
    }

    /** How many members a group has. */
    private record MemberCount(long groupId, long members) {
    }

    /** The reader's role in a group they are a member of. */
    private record ReaderRole(long groupId, String role) {
    }

    /** The members, owners first, then admins, then by username. */
    public List<MemberView> members(long groupId) {
        return entityManager.createQuery("""
                select new Member(a.username, a.displayName, m.role) from Membership m, Account a
                where a.id = m.accountId and m.groupId = ?1
                order by case m.role when 'owner' then 0 when 'admin' then 1 else 2 end, a.username""",
                Member.class).setParameter(1, groupId).getResultStream()
                .map(member -> new MemberView(member.username(), member.displayName(), GroupRole.of(member.role())))
                .toList();
    }

    /** A member as stored: the role by its name. */
    private record Member(String username, String displayName, String role) {
    }

    /** Open requests to join, oldest first. */
    public List<JoinRequestView> joinRequests(long groupId) {
        return entityManager.createQuery("""
                select new JoinRequestView(a.username, a.displayName, r.requestedAt) from JoinRequest r, Account a
                where a.id = r.accountId and r.groupId = ?1 order by r.requestedAt, a.username""",
                JoinRequestView.class).setParameter(1, groupId).getResultList();
    }
}
