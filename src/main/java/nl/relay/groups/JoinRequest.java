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

/** Someone asking to join a private group, until a group admin approves or rejects it. */
@Entity
@Table(name = "group_join_request")
@IdClass(JoinRequest.Key.class)
public class JoinRequest extends PanacheEntityBase {

    @Id
    @Column(name = "group_id")
    public long groupId;

    @Id
    @Column(name = "account_id")
    public long accountId;

    @Column(name = "requested_at", insertable = false, updatable = false)
    public Instant requestedAt;

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

    static JoinRequest of(long groupId, long accountId) {
        JoinRequest request = new JoinRequest();
        request.groupId = groupId;
        request.accountId = accountId;
        return request;
    }

    public static Optional<JoinRequest> find(long groupId, long accountId) {
        return findByIdOptional(new Key(groupId, accountId));
    }
}
