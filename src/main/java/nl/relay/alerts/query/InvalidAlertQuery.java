package nl.relay.alerts.query;

import java.util.List;
import nl.relay.platform.errors.InvalidInput;
import nl.relay.platform.errors.Problem;

/** An alert query that cannot be used, with what is wrong and where (a 422 naming the position). */
public class InvalidAlertQuery extends InvalidInput {

    private final String reason;
    private final Integer position;

    InvalidAlertQuery(String reason, Integer position) {
        super(List.of(new Problem.FieldError("query", reason, position)));
        this.reason = reason;
        this.position = position;
    }

    public String reason() {
        return reason;
    }

    /** Where the fault is, counting characters from 1; null when it is the query as a whole. */
    public Integer position() {
        return position;
    }
}
