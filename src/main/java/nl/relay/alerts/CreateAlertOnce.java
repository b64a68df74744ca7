package nl.relay.alerts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * An alert a page's "alert me" button asks for: the caller's own alert that already asks the same (in either
 * language's field names), or a new one made by {@link CreateAlert}, so pressing twice never makes two.
 */
@ApplicationScoped
public class CreateAlertOnce {

    private final CreateAlert createAlert;

    CreateAlertOnce(CreateAlert createAlert) {
        this.createAlert = createAlert;
    }

    /** The alert, and whether it was made now; the details' query is the one saved, the others only found. */
    @Transactional
    public Outcome create(long accountId, AlertDetails details, List<String> sameQueries) {
        // The owner's lock first, so two presses at once find one another's alert instead of making two.
        createAlert.lockOwner(false, accountId);
        List<String> queries = new ArrayList<>(sameQueries);
        queries.add(details.strippedQuery());
        return Alert.ownWithQuery(accountId, queries).map(alert -> new Outcome(alert, false))
                .orElseGet(() -> new Outcome(createAlert.create(accountId, details), true));
    }

    /** What pressing the button did. */
    public record Outcome(Alert alert, boolean created) {
    }
}
