package nl.relay.groups;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;

/** An account's place in a group: owner, admin or member. */
@Entity
@Table(name = "group_member")
@IdClass(Membership.Key.class)
public class Membership extends PanacheEntityBase {

    @Id
    @Column(name = "group_id")
    public long groupId;

    @Id
    @Column(name = "account_id")
    public long accountId;

    public String role;

    @Column(name = "joined_at", insertable = false, updatable = false)
    public Instant joinedAt;

    /** The composite key. */
    public static class Key implements Serializable {

        public long groupId;
        public long accountId;

        public Key() {
        }

        Key(long groupId, long accountId) {
            this.groupId = groupId;
            this.accountId = accountId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.groupId == groupId && key.accountId == accountId;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(groupId) * 31 + Long.hashCode(accountId);
        }
    }

    static Membership of(long groupId, long accountId, GroupRole role) {
        Membership membership = new Membership();
        membership.groupId = groupId;
        membership.accountId = accountId;
        membership.role = role.toString();
        return membership;
    }

    public static Optional<Membership> of(long groupId, long accountId) {
        return findByIdOptional(new Key(groupId, accountId));
    }

    public static Optional<GroupRole> roleOf(long groupId, long accountId) {
        return of(groupId, accountId).map(m -> GroupRole.of(m.role));
    }

    static long owners(long groupId) {
        return count("groupId = ?1 and role = 'owner'", groupId);
    }

    GroupRole groupRole() {
        return GroupRole.of(role);
    }
}
