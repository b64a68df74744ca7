package nl.relay.alerts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.relay.accounts.Account;
import nl.relay.groups.Group;
import nl.relay.platform.database.NativeSql;
import nl.relay.platform.http.PublicAddress;
import nl.relay.posts.PostVisibility;

/** Turns alerts into views for one reader, counting only the matches that reader may see. */
@ApplicationScoped
public class AlertViews {

    private final EntityManager entityManager;
    private final PostVisibility visibility;
    private final PublicAddress address;

    AlertViews(EntityManager entityManager, PostVisibility visibility, PublicAddress address) {
        this.entityManager = entityManager;
        this.visibility = visibility;
        this.address = address;
    }

    public AlertView of(Alert alert, long readerId) {
        return of(List.of(alert), readerId).get(0);
    }

    /** Views of a page of alerts, with their owners, groups and match counts read once for the page. */
    public List<AlertView> of(List<Alert> alerts, long readerId) {
        Map<Long, Long> counts = matchCounts(alerts, readerId);
        List<Long> ownerIds = alerts.stream().filter(a -> a.ownerId != null).map(a -> a.ownerId).distinct().toList();
        List<Long> groupIds = alerts.stream().filter(Alert::isTeamAlert).map(a -> a.groupId).distinct().toList();
        Map<Long, Account> owners = ownerIds.isEmpty()
                ? Map.of()
                : Account.<Account>list("id in ?1", ownerIds).stream().collect(Collectors.toMap(a -> a.id, a -> a));
        Map<Long, Group> groups = groupIds.isEmpty()
                ? Map.of()
                : Group.<Group>list("id in ?1", groupIds).stream().collect(Collectors.toMap(g -> g.id, g -> g));
        return alerts.stream().map(alert -> view(alert, readerId, counts.getOrDefault(alert.id, 0L),
                alert.ownerId == null ? null : owners.get(alert.ownerId),
                alert.groupId == null ? null : groups.get(alert.groupId))).toList();
    }

    /** The address of the alert's private Atom feed, with its secret. */
    public String feedUrl(Alert alert) {
        return address.of("/feeds/alerts/" + alert.id + ".atom?token=")
                + alert.feedToken;
    }

    private AlertView view(Alert alert, long readerId, long matchCount, Account account, Group g) {
        AlertView.Owner owner = account == null ? null : new AlertView.Owner(account.username, account.displayName);
        AlertView.GroupRef group = g == null ? null : new AlertView.GroupRef(g.id, g.name);
        return new AlertView(alert.id, alert.name, alert.query, alert.frequency, alert.channelList(), owner, group,
                feedUrl(alert), AlertAccess.mayManage(alert, readerId), matchCount, alert.createdAt, alert.changedAt);
    }

    private Map<Long, Long> matchCounts(List<Alert> alerts, long readerId) {
        Map<Long, Long> counts = new HashMap<>();
        if (alerts.isEmpty()) {
            return counts;
        }
        NativeSql.select(entityManager, "select m.alert_id, count(*) as matches from alert_match m "
                + "join post p on p.id = m.post_id where m.alert_id = any(cast(:alerts as bigint[])) "
                + "and " + visibility.shownClause("p", ":reader") + " group by m.alert_id")
                .bind("alerts", alerts.stream().map(a -> a.id).toArray(Long[]::new))
                .bind("reader", readerId)
                .list(row -> new MatchCount(row.longValue("alert_id"), row.longValue("matches")))
                .forEach(count -> counts.put(count.alertId(), count.matches()));
        return counts;
    }

    /** How many of an alert's matches the reader may see. */
    private record MatchCount(long alertId, long matches) {
    }
}
