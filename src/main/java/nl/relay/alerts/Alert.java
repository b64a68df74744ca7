package nl.relay.alerts;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A saved query that tells its owner, or every member of its group (a team alert), about matching posts. */
@Entity
@Table(name = "alert")
public class Alert extends PanacheEntityBase {

    public static final String APP = "app";
    public static final String EMAIL = "email";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** A person's own alert; null for a team alert. */
    @Column(name = "owner_id")
    public Long ownerId;

    /** A team alert's group; null for a person's own alert. */
    @Column(name = "group_id")
    public Long groupId;

    @Column(name = "created_by")
    public long createdBy;

    public String name;

    public String query;

    public String frequency;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "channels", columnDefinition = "text[]")
    public String[] channels = new String[0];

    @Column(name = "feed_token")
    public String feedToken;

    @Column(name = "revision", insertable = false, updatable = false)
    public long revision;

    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "changed_at", insertable = false, updatable = false)
    public Instant changedAt;

    public boolean isTeamAlert() {
        return groupId != null;
    }

    public List<String> channelList() {
        return Arrays.asList(channels);
    }

    public static Optional<Alert> byId(long id) {
        return findByIdOptional(id);
    }

    /**
     * The alerts someone receives: their own, and those of the groups they are a member of, newest first,
     * below {@code beforeId} when paging.
     */
    public static List<Alert> receivedBy(long accountId, long beforeId, int limit) {
        return find("id < ?2 and (ownerId = ?1 or groupId in (select m.groupId from Membership m "
                + "where m.accountId = ?1)) order by id desc", accountId, beforeId).page(0, limit).list();
    }

    /** The person's own alert (not a team alert) with one of these queries, exactly as written, the oldest first. */
    public static Optional<Alert> ownWithQuery(long ownerId, Collection<String> queries) {
        return find("ownerId = ?1 and query in ?2 order by id", ownerId, queries).firstResultOptional();
    }

    /** The person's own alerts by query (the oldest where two share one), to tell which a page already has. */
    public static Map<String, Long> ownByQuery(long ownerId) {
        Map<String, Long> byQuery = new HashMap<>();
        Alert.<Alert>find("ownerId = ?1 order by id desc", ownerId).list()
                .forEach(alert -> byQuery.put(alert.query, alert.id));
        return byQuery;
    }
}
