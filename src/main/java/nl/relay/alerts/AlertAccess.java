package nl.relay.alerts;

import nl.relay.groups.GroupAccess;
import nl.relay.groups.Membership;
import nl.relay.platform.errors.NotAllowed;
import nl.relay.platform.errors.NotFound;
import nl.relay.platform.http.PathIds;

/**
 * Who may see and change an alert: a person's own alert is theirs alone (anyone else gets a 404); a team
 * alert is seen by every member of its group and changed by the group's owners and admins.
 */
public final class AlertAccess {

    private AlertAccess() {
    }

    public static long id(String raw) {
        return PathIds.parse(raw, () -> notFound());
    }

    /** The alert, when the account receives it. */
    public static Alert require(long alertId, long accountId) {
        return Alert.byId(alertId).filter(alert -> receives(alert, accountId)).orElseThrow(AlertAccess::notFound);
    }

    public static boolean receives(Alert alert, long accountId) {
        return alert.isTeamAlert()
                ? Membership.of(alert.groupId, accountId).isPresent()
                : alert.ownerId == accountId;
    }

    public static boolean mayManage(Alert alert, long accountId) {
        return alert.isTeamAlert() ? GroupAccess.manages(alert.groupId, accountId) : alert.ownerId == accountId;
    }

    /** The alert, when the account may change it: 404 when they do not see it, 403 when they only see it. */
    public static Alert requireManaged(long alertId, long accountId) {
        Alert alert = require(alertId, accountId);
        if (!mayManage(alert, accountId)) {
            throw new NotAllowed("Only the group's owners and admins may change a team alert.");
        }
        return alert;
    }

    private static NotFound notFound() {
        return new NotFound("There is no such alert.");
    }
}
