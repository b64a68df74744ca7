package nl.relay.alerts.delivery;

import nl.relay.alerts.AlertAccess;

/**
 * Who an alert tells, in SQL: its owner, or every current member of a team alert's group. The one place
 * this rule is written for queries ({@link AlertAccess#receives} says the same for one alert in Java);
 * whether they may read a given post is still the visibility policy's to say.
 */
final class AlertRecipients {

    private AlertRecipients() {
    }

    /**
     * A query of (alert_id, account_id) for the alerts under alias {@code al} that meet {@code alertCondition},
     * for use as a CTE.
     */
    static String of(String alertCondition) {
        return "select al.id as alert_id, al.owner_id as account_id from alert al where al.owner_id is not null and ("
                + alertCondition + ") union all select al.id, gm.account_id from alert al join group_member gm "
                + "on gm.group_id = al.group_id where (" + alertCondition + ")";
    }

    /** A condition: the account (an SQL expression) receives the alert under {@code alert}. */
    static String receives(String alert, String account) {
        return "(" + alert + ".owner_id = " + account + " or exists (select 1 from group_member gm where gm.group_id = "
                + alert + ".group_id and gm.account_id = " + account + "))";
    }
}
