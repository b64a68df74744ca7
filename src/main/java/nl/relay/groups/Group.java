package nl.relay.groups;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.relay.platform.database.LikePattern;
import nl.relay.platform.database.RowLocks;
import nl.relay.platform.text.TextFolding;

/** A group of people around a team, desk or client; public, or private to its members. */
@Entity
@Table(name = "relay_group")
public class Group extends PanacheEntityBase {

    public static final String PUBLIC = "public";
    public static final String PRIVATE = "private";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String name;

    @Column(name = "name_key")
    public String nameKey;

    public String description = "";

    public String visibility;

    public boolean archived;

    @Column(name = "created_by")
    public long createdBy;

    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;

    /** Every group is listed (private ones by name and description), by name; archived ones only when asked. */
    public static List<Group> listed(String query, boolean includeArchived, String afterKey, long afterId,
            int limit) {
        String folded = query == null ? "" : TextFolding.fold(query.strip());
        return find("(nameKey like ?1 or lower(description) like ?1) and (nameKey > ?2 or (nameKey = ?2 and id > ?3))"
                + (includeArchived ? "" : " and archived = false") + " order by nameKey, id",
                LikePattern.containing(folded), afterKey, afterId).page(0, limit).list();
    }

    /** The groups an account may post in: theirs, not archived, by name. */
    public static List<Group> postableBy(long accountId) {
        return list("archived = false and id in (select m.groupId from Membership m where m.accountId = ?1) "
                + "order by nameKey", accountId);
    }

    public static Optional<Group> byId(long id) {
        return findByIdOptional(id);
    }

    /** The group, locked until the transaction ends, so membership rules (the last owner) hold under races. */
    public static Optional<Group> lockedById(long id) {
        return RowLocks.locked(Group.class, id);
    }

    public boolean isPrivate() {
        return PRIVATE.equals(visibility);
    }

    /** The folded name, unique among groups; cut at 500 characters as folding may lengthen exotic text. */
    static String keyOf(String name) {
        String key = TextFolding.fold(name.strip());
        return key.length() > 500 ? key.substring(0, 500) : key;
    }

    @PrePersist
    @PreUpdate
    void fold() {
        nameKey = keyOf(name);
    }
}
