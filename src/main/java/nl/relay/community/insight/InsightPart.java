package nl.relay.community.insight;

/**
 * The parts of the insight, each read by its own queries: the page reads all of them, a CSV download only the part
 * its table shows (the figures of the other parts are then zero and their lists empty).
 */
public enum InsightPart {
    /** Posts, replies and active people. */
    ACTIVITY,
    /** Must-read receipts. */
    MUST_READ,
    /** Questions and their first answers. */
    QUESTIONS,
    /** Mail saved. */
    MAIL_SAVED,
    /** Alert matches per client and sector. */
    ALERT_MATCHES,
    /** Top topics. */
    TOPICS
}
