package nl.relay.alerts.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.relay.alerts.Alert;
import nl.relay.alerts.AlertAccess;

/** Gives an alert's feed a new secret address; the old one stops working at once. */
@ApplicationScoped
public class RenewFeedToken {

    @Transactional
    public Alert renew(long accountId, long alertId) {
        Alert alert = AlertAccess.requireManaged(alertId, accountId);
        alert.feedToken = FeedTokens.next();
        return alert;
    }
}
